package se.esp.adapter.persistence.upgrade;

import se.esp.adapter.persistence.participant.PersonalDataCipher;

/** What the release fixtures under {@code src/test/resources/upgrade} share. */
final class ReleaseFixtures {

    /**
     * The key the fixtures' personal data was encrypted with (a test key, "esp-upgrade-fixture-key-32bytes!"),
     * as a server has one key for its database.
     */
    static final PersonalDataCipher PERSONAL_DATA =
            PersonalDataCipher.fromBase64("ZXNwLXVwZ3JhZGUtZml4dHVyZS1rZXktMzJieXRlcyE=");

    private ReleaseFixtures() {
    }
}
