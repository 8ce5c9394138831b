/**
 * What every domain area shares: stable error codes, validation failures that name their field,
 * and the contract of a domain event.
 */
package se.esp.domain.shared;
