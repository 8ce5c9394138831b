/**
 * Deliveries: runs of an offering version in one language with their resource, sessions and participants, possibly
 * from several consumer organisations (co-delivery), and the rule that splits a delivery's cost between them.
 */
package se.esp.domain.delivery;
