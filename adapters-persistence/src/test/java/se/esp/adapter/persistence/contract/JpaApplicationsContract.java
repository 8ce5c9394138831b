package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;

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
import se.esp.domain.application.Application;
import se.esp.domain.participant.ParticipantId;

/**
 * On a database, an application's participants document — the answers to the form, the stated target groups, the
 * participants' ids — is at rest only encrypted, sealed for its row.
 */
abstract class JpaApplicationsContract extends ApplicationsContract {

    @Test
    void storesTheAnswersOnlyEncrypted() throws SQLException {
        Application application = save(given.application(given.olofstrom, 2, "ar", null, AT));

        String stored = storedDocument(application);

        List<String> plainTexts = new ArrayList<>(List.of("Gymnasium 0", "Gymnasium 1", "previousEducation"));
        application.participantIds().stream().map(ParticipantId::toString).forEach(plainTexts::add);
        assertSealedWithout(stored, plainTexts.toArray(String[]::new));
        assertThat(JpaBackend.PERSONAL_DATA.decrypt(stored, application.id().toString()))
                .as("sealed for its row with the server's key").contains("\"previousEducation\":\"Gymnasium 1\"");
        assertThat(find(application.id()).participants()).as("read back unchanged")
                .isEqualTo(application.participants());
        List<String> columns = new ArrayList<>();
        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                     "application", "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(columns).as("no column for the document in plain text").doesNotContain("participants");
    }

    @Test
    void aDecisionLeavesTheDocumentAsItWasAndErasingAnswersSealsItAgain() throws SQLException {
        Application application = save(given.application(given.olofstrom, 2, "ar", null, AT));
        String first = storedDocument(application);

        Application found = find(application.id());
        found.waitlist("NO_RESOURCE", "no verified resource speaks Arabic", AT.plusSeconds(60));
        save(found);
        assertThat(storedDocument(application)).as("not encrypted again when unchanged").isEqualTo(first);

        Application erasing = find(application.id());
        ParticipantId erased = application.participantIds().get(1);
        erasing.eraseAbout(erased);
        save(erasing);
        String after = storedDocument(application);
        assertThat(after).isNotEqualTo(first);
        assertSealedWithout(after, "Gymnasium 0", erased.toString());
        assertThat(JpaBackend.PERSONAL_DATA.decrypt(after, application.id().toString()))
                .contains("Gymnasium 0").doesNotContain("Gymnasium 1");
    }

    private String storedDocument(Application application) throws SQLException {
        try (Connection connection = Backends.jpa(backend()).dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select participants_encrypted from application where id = ?")) {
            query.setString(1, application.id().toString());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
