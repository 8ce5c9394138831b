package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;
import static se.esp.adapter.persistence.testing.ParticipantFixtures.aParticipant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.JpaBackend;
import se.esp.domain.participant.Participant;

/** On a database, the name, the identity number and the contact are at rest only encrypted. */
abstract class JpaParticipantsContract extends ParticipantsContract {

    @Test
    void storesTheNameTheIdentityNumberAndTheContactOnlyEncrypted() throws SQLException {
        Participant amina = save(aParticipant().of(consumer.id()).named("Amina Yusuf – أمينة")
                .withIdentityNumber("19811218-9876").reachableAt("amina.yusuf@example.org", "+46 70 123 45 67")
                .build());

        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select name_encrypted,"
                     + " identity_number_encrypted, contact_encrypted from participant where id = ?")) {
            query.setString(1, amina.id().toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                String name = row.getString(1);
                String number = row.getString(2);
                String contact = row.getString(3);
                assertSealedWithout(name, "Amina Yusuf – أمينة", "Amina Yusuf", "Yusuf – أمينة");
                assertThat(JpaBackend.PERSONAL_DATA.decrypt(name, amina.id().toString()))
                        .as("sealed for its row with the server's key").isEqualTo("Amina Yusuf – أمينة");
                assertSealedWithout(number, "198112189876", "19811218-9876", "8112189876", "811218-9876");
                assertSealedWithout(contact, "amina.yusuf", "example.org", "+46 70 123 45 67", "46701234567");
            }
        }
        assertThat(columnsOf("participant")).as("no column for the name in plain text").doesNotContain("name");
    }

    @Test
    void anAnonymisedParticipantKeepsNoEncryptedNameEither() throws SQLException {
        Participant amina = save(aParticipant().of(consumer.id()).build());
        amina.complete(COMPLETED);
        Participant completed = save(amina);
        completed.anonymise(COMPLETED.plusSeconds(60));
        save(completed);

        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select name_encrypted,"
                     + " identity_number_encrypted, contact_encrypted from participant where id = ?")) {
            query.setString(1, amina.id().toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= 3; column++) {
                    assertThat(row.getString(column)).isNull();
                }
            }
        }
    }

    @Test
    void encryptsTheSameNumberDifferentlyEachTime() throws SQLException {
        Participant one = save(aParticipant().of(consumer.id()).build());
        Participant two = save(aParticipant().of(consumer.id()).build());

        assertThat(stored(one)).isNotEqualTo(stored(two));
    }

    private List<String> columnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                     table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
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
