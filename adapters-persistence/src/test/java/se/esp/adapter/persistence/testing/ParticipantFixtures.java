package se.esp.adapter.persistence.testing;

import java.time.Instant;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;

/**
 * Builds participants for tests: {@code aParticipant().named("Amina Yusuf").of(consumer).build()}. The names and
 * numbers are made up; {@code 19811218-9876} is the test number Swedish examples customarily use.
 */
public final class ParticipantFixtures {

    public static final String TEST_NUMBER = "19811218-9876";

    private String name = "Amina Yusuf";
    private String number = TEST_NUMBER;
    private String language = "ar";
    private Contact contact = new Contact("amina.yusuf@example.org", "+46 70 123 45 67");
    private OrganisationId consumer = OrganisationId.newId();

    private ParticipantFixtures() {
    }

    public static ParticipantFixtures aParticipant() {
        return new ParticipantFixtures();
    }

    public ParticipantFixtures named(String name) {
        this.name = name;
        return this;
    }

    public ParticipantFixtures withIdentityNumber(String number) {
        this.number = number;
        return this;
    }

    public ParticipantFixtures withoutIdentityNumber() {
        this.number = null;
        return this;
    }

    public ParticipantFixtures speaking(String language) {
        this.language = language;
        return this;
    }

    public ParticipantFixtures reachableAt(String email, String phone) {
        this.contact = email == null && phone == null ? null : new Contact(email, phone);
        return this;
    }

    public ParticipantFixtures of(OrganisationId consumer) {
        this.consumer = consumer;
        return this;
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(new ParticipantName(name),
                number == null ? null : PersonalIdentityNumber.parse(number), new PreferredLanguage(language),
                contact);
    }

    /** A new, not yet stored participant (version 0). */
    public Participant build() {
        return Participant.register(ParticipantId.newId(), consumer, details(),
                Instant.parse("2026-11-23T09:00:00Z")).participant();
    }
}
