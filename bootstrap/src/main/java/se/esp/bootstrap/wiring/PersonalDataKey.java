package se.esp.bootstrap.wiring;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.bootstrap.security.DemoSettings;

/**
 * The key that encrypts participants' names, identity numbers and contacts and applications' answers at rest (and,
 * at the first start of a build with migration V82, what an earlier release kept in plain text):
 * {@code ESP_PERSONAL_DATA_KEY}
 * (32 bytes in base64, e.g. {@code openssl rand -base64 32}), kept by the operator outside the database and the
 * repository. Without it the server refuses to start, except on a demo run, which uses {@link #DEMO_KEY}.
 */
@ApplicationScoped
public class PersonalDataKey {

    /**
     * DEMO RUN ONLY. PUBLIC, IN THE REPOSITORY, PROTECTS NOTHING: it only lets the demo run start without
     * configuration. Used solely while demo identities are on; never put real personal data under it.
     */
    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1wcm90ZWN0cy1ub3RoaW5nISE=";

    private static final Logger LOG = Logger.getLogger(PersonalDataKey.class.getName());

    @Inject
    @ConfigProperty(name = "esp.personal-data.key")
    Optional<String> configured;

    /** Dependent: the cipher is a final value class and is taken once by the persistence adapters and the start. */
    @Produces
    PersonalDataCipher personalDataCipher() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return PersonalDataCipher.fromBase64(configured.get());
        }
        if (DemoSettings.demoIdentitiesEnabled()) {
            LOG.warning("personal data is encrypted with the PUBLIC DEMO KEY: set ESP_PERSONAL_DATA_KEY before "
                    + "storing real personal data");
            return PersonalDataCipher.fromBase64(DEMO_KEY);
        }
        throw new IllegalStateException("ESP_PERSONAL_DATA_KEY is not set: participants' personal data cannot be "
                + "encrypted. Set it to 32 random bytes in base64 (openssl rand -base64 32) and keep it safe.");
    }
}
