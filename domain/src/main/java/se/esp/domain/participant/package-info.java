/**
 * Participants: the residents a consumer organisation applies for. Personal data, so the minimum is kept, no
 * {@code toString} reveals it, no event carries it, and it is anonymised once its retention period has run out.
 */
package se.esp.domain.participant;
