/**
 * Deliveries: runs of an offering version with their resource and participants, possibly from several consumer
 * organisations (co-delivery). So far the rule that splits a delivery's cost between those organisations.
 */
package se.esp.domain.delivery;
