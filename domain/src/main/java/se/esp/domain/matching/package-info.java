/**
 * Matching: waiting applications against verified resources with free hours and open deliveries, in one
 * deterministic, explainable pass ({@link se.esp.domain.matching.MatchingEngine}). Its inputs are its own values,
 * built by the application layer from the offering, application, resource and delivery areas; they name
 * applications and offering versions by the real ids, which live in {@code shared} because those areas depend on
 * matching. A delivery in a result is a {@link se.esp.domain.matching.DeliveryKey}: an open delivery's id, or the
 * number of one the run proposes to open.
 */
package se.esp.domain.matching;
