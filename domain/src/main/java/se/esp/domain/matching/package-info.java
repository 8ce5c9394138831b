/**
 * Matching: waiting applications against verified resources with free hours and open deliveries, in one
 * deterministic, explainable pass ({@link se.esp.domain.matching.MatchingEngine}). Its inputs are its own values,
 * built by the application layer from the offering, application, resource and delivery areas.
 */
package se.esp.domain.matching;
