package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;
import static se.esp.adapter.persistence.testing.ParticipantFixtures.aParticipant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.testing.Backends;
import se.esp.domain.participant.Participant;

/** On a database, the identity number and the contact are at rest only encrypted. */
abstract class JpaParticipantsContract extends ParticipantsContract {

    @Test
    void storesTheIdentityNumberAndTheContactOnlyEncrypted() throws SQLException {
        Participant amina = save(aParticipant().of(consumer.id()).withIdentityNumber("19811218-9876")
                .reachableAt("amina.yusuf@example.org", "+46 70 123 45 67").build());

        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select identity_number_encrypted, contact_encrypted from participant where id = ?")) {
            query.setString(1, amina.id().toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                String number = row.getString(1);
                String contact = row.getString(2);
                assertSealedWithout(number, "198112189876", "19811218-9876", "8112189876", "811218-9876");
                assertSealedWithout(contact, "amina.yusuf", "example.org", "+46 70 123 45 67", "46701234567");
            }
        }
    }

    @Test
    void encryptsTheSameNumberDifferentlyEachTime() throws SQLException {
        Participant one = save(aParticipant().of(consumer.id()).build());
        Participant two = save(aParticipant().of(consumer.id()).build());

        assertThat(stored(one)).isNotEqualTo(stored(two));
    }

    private String stored(Participant participant) throws SQLException {
        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select identity_number_encrypted from participant where id = ?")) {
            query.setString(1, participant.id().toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
