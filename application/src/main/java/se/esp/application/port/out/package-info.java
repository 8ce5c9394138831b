/**
 * What the use cases need from the outside world: storage per aggregate (plural nouns, e.g.
 * {@link se.esp.application.port.out.Organisations}), the event outbox, the event publisher and transaction
 * boundaries.
 * Every outbound port has one contract test that each adapter passes.
 */
package se.esp.application.port.out;
