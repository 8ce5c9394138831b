package se.esp.adapter.common.participant;

import se.esp.domain.participant.ParticipantName;

/**
 * The personal data fields a request model carries for one participant, as the JSON names them. A model implements
 * this (its record components are the accessors) so {@link PersonalDataMapping} reads every model the same way; the
 * constants keep the models' {@code @Schema} texts and bounds alike.
 */
public interface PersonalData {

    int NAME_MAX_LENGTH = ParticipantName.MAX_LENGTH;
    /** Twelve digits, a hyphen and room for surrounding spaces, which the domain strips. */
    int IDENTITY_NUMBER_MAX_LENGTH = 20;
    /** An ISO 639-1 code is two letters; the bound only keeps absurd values out of the answer. */
    int LANGUAGE_MAX_LENGTH = 20;
    /** The longest e-mail address a mail system delivers (RFC 5321's path limit less the brackets). */
    int EMAIL_MAX_LENGTH = 254;
    /** Up to 30 digits, spaces, hyphens and parentheses after an optional {@code +}. */
    int PHONE_MAX_LENGTH = 31;

    String NAME = "The participant's name as the applying organisation knows it; personal data";
    String IDENTITY_NUMBER = "Swedish personal identity number or coordination number with the century, "
            + "YYYYMMDD-NNNN (the hyphen may be left out), check digit verified; only where the offering's form asks "
            + "for it (then required), refused otherwise";
    String PREFERRED_LANGUAGE = "The language the participant prefers to be served in, an ISO 639-1 code";
    String EMAIL = "An e-mail address to reach the participant";
    String PHONE = "A phone number to reach the participant: digits, spaces, hyphens, parentheses, optional leading +";

    String name();

    String personalIdentityNumber();

    String preferredLanguage();

    String email();

    String phone();
}
