/** Steps for participants' personal data, in English and Swedish, both driving the same {@code ParticipantDriver}. */
package se.esp.scenarios.participant;
