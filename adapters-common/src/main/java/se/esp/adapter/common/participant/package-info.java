/**
 * A participant's personal data as every channel reads it: the fields a request model shares
 * ({@link se.esp.adapter.common.participant.PersonalData}) and the one mapping to the domain's
 * {@code ParticipantDetails}, used by the participant API and by every submission of an application.
 */
package se.esp.adapter.common.participant;
