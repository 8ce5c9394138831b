package se.esp.domain.participant;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything personal about a participant, and nothing more than a delivery needs. The identity number is kept
 * only when the offering's application form asks for it.
 *
 * @param identityNumber {@code null} unless the form requires it
 * @param contact        {@code null} when the consumer organisation keeps the contact itself
 */
public record ParticipantDetails(ParticipantName name, PersonalIdentityNumber identityNumber,
                                 PreferredLanguage preferredLanguage, Contact contact) {

    public ParticipantDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    }

    public Optional<PersonalIdentityNumber> identityNumberIfAny() {
        return Optional.ofNullable(identityNumber);
    }

    public Optional<Contact> contactIfAny() {
        return Optional.ofNullable(contact);
    }

    @Override
    public String toString() {
        return "ParticipantDetails[***]";
    }
}
