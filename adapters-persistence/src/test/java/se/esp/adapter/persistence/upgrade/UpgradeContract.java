package se.esp.adapter.persistence.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.esp.adapter.persistence.testing.EncryptedAtRest.assertSealedWithout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.application.organisation.OrganisationService;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.packaging.PackagingFilter;
import se.esp.application.port.in.organisation.UpdateOrganisationCommand;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.security.ActingUser;
import se.esp.domain.application.Application;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.offering.CatalogueEntry;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.packaging.CriterionAssessment;
import se.esp.domain.packaging.Packaging;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.ReviewChecklist;
import se.esp.domain.packaging.Reviewer;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.ApplicationId;

/**
 * A database left by a release starts on today's build and keeps working. For each fixture under
 * {@code src/test/resources/upgrade/<release>} (see its README): an empty database gets exactly the release's
 * migration scripts — so Flyway's history reads as that release left it — and the data that release wrote; then
 * {@link SchemaMigrations#migrate} runs as on a server's start, and the data is used through the JPA adapters and
 * a use case: a supplier renamed (its catalogue entries follow, by the index {@code V76} makes), the catalogue
 * searched, an application read with its participants' encrypted personal data, a delivery, the settlement period,
 * the day's matching run claimed, and outbox events appended and claimed after those the release left.
 *
 * <p>The releases kept participants' names and applications' answers in plain text; after the upgrade the raw
 * columns hold them only encrypted ({@code V81}–{@code V83}), read back unchanged through the adapters. A start
 * with a key that does not decrypt the stored data encrypts nothing and loses nothing, and two servers starting at
 * once on the same old database encrypt each value once.</p>
 */
public abstract class UpgradeContract {

    private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

    /** The server's key: the one the releases' identity numbers and contacts were encrypted with. */
    private static final PersonalDataCipher KEY = ReleaseFixtures.PERSONAL_DATA;

    private static final String LATEST_FIXTURE = "67ee092";

    private static final ParticipantId ANONYMISED = new ParticipantId(
            UUID.fromString("00000000-0000-4000-8000-00000000a001"));
    private static final ParticipantId WIDEST = new ParticipantId(
            UUID.fromString("00000000-0000-4000-8000-00000000a002"));
    private static final Pattern UUID_IN_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}");
    private static final String WIDEST_NAME = "名".repeat(ParticipantName.MAX_LENGTH);

    protected abstract TestDatabase emptyDatabase();

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"1c9293f", "2b21ad3", "9394cea", "67ee092"})
    void aReleasedDatabaseUpgradesAndKeepsWorking(String release) throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            DataSource dataSource = database.dataSource();
            List<String> released = asTheReleaseLeftIt(release, dataSource);
            List<String> plainNames = addParticipantsAReleaseCouldHaveStored(dataSource);
            List<String[]> plainDocuments = rows(dataSource, "SELECT id, participants FROM application ORDER BY id");

            int applied = SchemaMigrations.migrate(dataSource, KEY);

            List<String> versions = appliedVersions(dataSource);
            assertThat(versions).as("the release's history stays, today's migrations follow it")
                    .startsWith(released.toArray(String[]::new));
            List<String> today = versions.subList(released.size(), versions.size());
            int releasedHighest = released.stream().mapToInt(Integer::parseInt).max().orElse(0);
            assertThat(today).as("today's migrations, after the release's").contains("76", "77", "81", "82", "83", "84")
                    .allSatisfy(v -> assertThat(Integer.parseInt(v)).isGreaterThan(releasedHighest));
            assertThat(applied).isEqualTo(versions.size() - released.size());
            assertThat(SchemaMigrations.migrate(dataSource, KEY)).as("a second start applies nothing").isZero();
            assertThat(indexesOn(dataSource, "catalogue_entry")).as("one index by supplier, whichever script made it")
                    .containsOnlyOnce("ix_catalogue_entry_supplier");

            storesThePlainTextOnlyEncrypted(dataSource, plainNames, plainDocuments);

            EntityManagerFactory factory = JpaPersistence.outsideServer(dataSource);
            try {
                JpaPersistence adapters = new JpaPersistence(factory, KEY);
                usesTheData(adapters, dataSource);
                readsTheEncryptedNamesAndAnswers(adapters, plainNames);
            } finally {
                factory.close();
            }
        }
    }

    @Test
    void aStartWithTheWrongKeyEncryptsNothingAndTheRightKeyThenDoes() throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            DataSource dataSource = database.dataSource();
            asTheReleaseLeftIt(LATEST_FIXTURE, dataSource);
            List<String[]> names = rows(dataSource, "SELECT id, name FROM participant ORDER BY id");
            List<String[]> documents = rows(dataSource, "SELECT id, participants FROM application ORDER BY id");

            assertThatThrownBy(() -> SchemaMigrations.migrate(dataSource, PersonalDataCipher.withRandomKey()))
                    .hasStackTraceContaining("does not decrypt the personal data already stored");
            assertThat(rows(dataSource, "SELECT id, name FROM participant ORDER BY id")).as("names kept in plain text")
                    .containsExactlyElementsOf(names);
            assertThat(rows(dataSource, "SELECT id, participants FROM application ORDER BY id"))
                    .containsExactlyElementsOf(documents);
            assertThat(rows(dataSource, "SELECT id, name_encrypted FROM participant WHERE name_encrypted IS NOT NULL"))
                    .as("nothing encrypted under the wrong key").isEmpty();
            assertThatThrownBy(() -> SchemaMigrations.migrate(dataSource))
                    .as("nor without a key").hasStackTraceContaining("must be encrypted with the personal-data key");

            assertThat(SchemaMigrations.migrate(dataSource, KEY)).as("V82 to V85, V90 and V97 to V100 run at the next start")
                    .isEqualTo(9);

            storesThePlainTextOnlyEncrypted(dataSource, names.stream().map(row -> row[1]).toList(), documents);
        }
    }

    @Test
    void twoServersStartingAtOnceEncryptEveryValueOnce() throws Exception {
        try (TestDatabase database = emptyDatabase()) {
            DataSource dataSource = database.dataSource();
            asTheReleaseLeftIt(LATEST_FIXTURE, dataSource);
            List<String> names = rows(dataSource, "SELECT id, name FROM participant ORDER BY id").stream()
                    .map(row -> row[1]).toList();
            List<String[]> documents = rows(dataSource, "SELECT id, participants FROM application ORDER BY id");

            ExecutorService servers = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> starts = new ArrayList<>();
                for (int server = 0; server < 2; server++) {
                    starts.add(servers.submit(() -> {
                        start.await();
                        return SchemaMigrations.migrate(dataSource, KEY);
                    }));
                }
                start.countDown();
                int applied = 0;
                for (Future<Integer> one : starts) {
                    applied += one.get(2, TimeUnit.MINUTES);
                }
                assertThat(appliedVersions(dataSource)).as("each migration recorded once")
                        .doesNotHaveDuplicates().contains("82");
                assertThat(applied).as("every migration applied by one of the two").isEqualTo(
                        appliedVersions(dataSource).size() - resource("upgrade/" + LATEST_FIXTURE
                                + "/migrations.txt").lines().filter(l -> !l.isBlank()).count());
            } finally {
                servers.shutdownNow();
            }

            storesThePlainTextOnlyEncrypted(dataSource, names, documents);
        }
    }

    /**
     * Rows the fixtures lack but a release could have stored: an anonymised participant (no personal data left)
     * and a name of the greatest length in characters of three bytes each (the widest encrypted value).
     *
     * @return the names of every participant that has one, to look for after the upgrade
     */
    private static List<String> addParticipantsAReleaseCouldHaveStored(DataSource dataSource) throws SQLException {
        String consumer = uuid(dataSource, "SELECT consumer_organisation_id FROM participant ORDER BY id LIMIT 1")
                .toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO participant (id,"
                     + " consumer_organisation_id, name, identity_number_encrypted, preferred_language,"
                     + " contact_encrypted, registered_at, completed_at, anonymised_at, version)"
                     + " VALUES (?, ?, ?, NULL, ?, NULL, ?, ?, ?, 1)")) {
            Timestamp at = Timestamp.from(Instant.parse("2024-01-10T09:00:00Z"));
            insert.setString(1, ANONYMISED.toString());
            insert.setString(2, consumer);
            insert.setString(3, null);
            insert.setString(4, null);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, at);
            insert.setTimestamp(7, at);
            insert.executeUpdate();
            insert.setString(1, WIDEST.toString());
            insert.setString(3, WIDEST_NAME);
            insert.setString(4, "zh");
            insert.setTimestamp(6, null);
            insert.setTimestamp(7, null);
            insert.executeUpdate();
        }
        return rows(dataSource, "SELECT id, name FROM participant WHERE name IS NOT NULL ORDER BY id").stream()
                .map(row -> row[1]).toList();
    }

    /**
     * With JDBC, on the raw columns: the plain-text columns are gone; every name and every participants document
     * is sealed for its row with the server's key, holds none of its plain text, and decrypts to exactly what the
     * release stored (so nothing was encrypted twice); the anonymised participant has still no name.
     */
    private static void storesThePlainTextOnlyEncrypted(DataSource dataSource, List<String> plainNames,
                                                        List<String[]> plainDocuments) throws SQLException {
        assertThat(columnsOf(dataSource, "participant")).contains("name_encrypted").doesNotContain("name");
        assertThat(columnsOf(dataSource, "application")).contains("participants_encrypted")
                .doesNotContain("participants");

        List<String> decrypted = new ArrayList<>();
        for (String[] row : rows(dataSource,
                "SELECT id, name_encrypted FROM participant WHERE name_encrypted IS NOT NULL ORDER BY id")) {
            assertSealedWithout(row[1], plainNames.stream().filter(name -> name.length() > 9)
                    .toArray(String[]::new));
            decrypted.add(KEY.decrypt(row[1], row[0]));
        }
        assertThat(decrypted).as("every name, decrypted once").containsExactlyInAnyOrderElementsOf(plainNames);
        if (plainNames.contains(WIDEST_NAME)) {
            assertThat(rows(dataSource, "SELECT id, name_encrypted FROM participant WHERE id = '" + ANONYMISED + "'"))
                    .singleElement().satisfies(row -> assertThat(row[1]).isNull());
        }

        List<String[]> documents = rows(dataSource, "SELECT id, participants_encrypted FROM application ORDER BY id");
        assertThat(documents).hasSameSizeAs(plainDocuments).isNotEmpty();
        for (int i = 0; i < documents.size(); i++) {
            String[] stored = documents.get(i);
            String[] plain = plainDocuments.get(i);
            assertThat(stored[0]).isEqualTo(plain[0]);
            List<String> plainTexts = new ArrayList<>(List.of("\"previousEducation\":\"Gymnasium\""));
            Matcher ids = UUID_IN_TEXT.matcher(plain[1]);
            while (ids.find()) {
                plainTexts.add(ids.group());
            }
            assertSealedWithout(stored[1], plainTexts.toArray(String[]::new));
            assertThat(KEY.decrypt(stored[1], stored[0])).as("application %s, decrypted once", stored[0])
                    .isEqualTo(plain[1]);
        }
    }

    /** The adapters read the names and answers the release stored in plain text. */
    private static void readsTheEncryptedNamesAndAnswers(JpaPersistence adapters, List<String> plainNames) {
        var tx = adapters.transactions();
        Participant widest = tx.inTransaction(() -> adapters.participants().findById(WIDEST)).orElseThrow();
        assertThat(widest.detailsIfAny().orElseThrow().name().value()).isEqualTo(WIDEST_NAME);
        assertThat(plainNames).contains(WIDEST_NAME);
        assertThat(tx.inTransaction(() -> adapters.participants().findById(ANONYMISED)).orElseThrow()
                .detailsIfAny()).isEmpty();
        List<Application> all = tx.inTransaction(() -> adapters.applications().list(
                ApplicationFilter.byStatus(null), PageRequest.first())).items();
        assertThat(all).hasSize(2).flatExtracting(Application::participants)
                .hasSize(3).allSatisfy(participant -> assertThat(participant.answers().values())
                        .containsExactly(Map.entry("previousEducation", "Gymnasium")));
    }

    private static List<String[]> rows(DataSource dataSource, String query) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return rows;
    }

    private static List<String> columnsOf(DataSource dataSource, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
                     table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** @return the versions the release's migrations recorded */
    private static List<String> asTheReleaseLeftIt(String release, DataSource dataSource)
            throws IOException, SQLException {
        Path scripts = releasedScripts(release);
        try {
            Flyway.configure().dataSource(dataSource).locations("filesystem:" + scripts)
                    .failOnMissingLocations(true).load().migrate();
        } finally {
            try (var files = Files.list(scripts)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scripts);
        }
        try (Connection connection = dataSource.getConnection()) {
            SqlScript.run(connection, resource("upgrade/" + release + "/data.sql"));
        }
        return appliedVersions(dataSource);
    }

    private static void usesTheData(JpaPersistence adapters, DataSource dataSource) throws SQLException {
        var tx = adapters.transactions();

        OrganisationId ronnebyId = new OrganisationId(uuid(dataSource,
                "SELECT id FROM organisation WHERE name = 'Ronneby kommun'"));
        Organisation ronneby = tx.inTransaction(() -> adapters.organisations().findById(ronnebyId)).orElseThrow();
        long revision = tx.inTransaction(() -> adapters.catalogue().revision());
        OrganisationService service = new OrganisationService(adapters.organisations(), adapters.catalogue(),
                adapters.outbox(), tx, Clock.fixed(NOW, ZoneOffset.UTC));
        OrganisationProfile profile = ronneby.profile();
        service.update(ActingUser.system("upgrade-test"), new UpdateOrganisationCommand(ronnebyId,
                ronneby.version(), new OrganisationProfile(new OrganisationName("Ronneby kommun – Utbildning"),
                profile.kind(), profile.population(), profile.participationLevel())));
        assertThat(tx.inTransaction(() -> adapters.organisations().findById(ronnebyId)).orElseThrow().name().value())
                .isEqualTo("Ronneby kommun – Utbildning");
        assertThat(tx.inTransaction(() -> adapters.catalogue().revision())).isEqualTo(revision + 1);
        List<CatalogueEntry> hits = tx.inTransaction(() -> adapters.catalogue().search(
                CatalogueQuery.builder().text("vårdpersonal").build())).hits().items();
        assertThat(hits).extracting(CatalogueEntry::supplierName).containsExactly("Ronneby kommun – Utbildning");
        assertThat(tx.inTransaction(() -> adapters.catalogue().search(CatalogueQuery.builder().build()))
                .hits().items()).hasSize(2).allSatisfy(entry -> assertThat(entry.supplierId()).isEqualTo(ronnebyId));

        List<Packaging> packagings = tx.inTransaction(() -> adapters.packagings().list(
                new PackagingFilter(null, null), PageRequest.first())).items();
        assertThat(packagings).as("the release's packagings, with nothing returned to compare with").isNotEmpty()
                .allSatisfy(p -> assertThat(p.returnedDraft()).isEmpty());
        Packaging draft = packagings.get(0);
        PackagingContent asSubmitted = draft.content();
        Reviewer reviewer = new Reviewer("upgrade-coordinator", OrganisationId.newId());
        draft.submit(NOW);
        draft.startReview(reviewer, NOW);
        draft.recordReview(reviewer, ReviewChecklist.seeded(), ReviewChecklist.seeded().criteria().stream()
                .map(c -> CriterionAssessment.fail(c.key(), "Förtydliga.")).toList(), NOW);
        tx.inTransaction(() -> adapters.packagings().save(draft));
        assertThat(tx.inTransaction(() -> adapters.packagings().findById(draft.id())).orElseThrow().returnedDraft())
                .as("a return after the upgrade keeps the draft it returned (V84)").hasValueSatisfying(
                        returned -> assertThat(returned.content()).isEqualTo(asSubmitted));

        ApplicationId applicationId = new ApplicationId(uuid(dataSource,
                "SELECT id FROM application WHERE idempotency_key = 'olofstrom-2026-0042'"));
        Application application = tx.inTransaction(() -> adapters.applications().findById(applicationId))
                .orElseThrow();
        assertThat(application.participantIds()).hasSize(2);
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (ParticipantId id : application.participantIds()) {
            Participant participant = tx.inTransaction(() -> adapters.participants().findById(id)).orElseThrow();
            var details = participant.detailsIfAny().orElseThrow();
            names.add(details.name().value());
            numbers.add(details.identityNumber().value());
        }
        assertThat(names).containsExactlyInAnyOrder("Amina Yusuf", "Yonas Tesfay");
        assertThat(numbers).as("decrypted with the release's key")
                .containsExactlyInAnyOrder("198112189876", "199001010017");
        assertThat(tx.inTransaction(() -> adapters.applications().withParticipant(application.participantIds()
                .get(0)))).extracting(Application::id).containsExactly(applicationId);

        DeliveryId deliveryId = application.delivery().orElseThrow();
        Delivery delivery = tx.inTransaction(() -> adapters.deliveries().findById(deliveryId)).orElseThrow();
        assertThat(delivery.applications()).hasSize(1);

        SettlementPeriod november = tx.inTransaction(() -> adapters.settlementPeriods().find(YearMonth.of(2026, 11)))
                .orElseThrow();
        assertThat(november.lineCount()).isEqualTo(6);
        assertThat(november.totals()).as("totals of the stored lines, kept by V75 or computed by it").hasSize(6);

        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        assertThat(tx.inTransaction(() -> adapters.matchingRuns().claimDailyRun(today))).isTrue();
        assertThat(tx.inTransaction(() -> adapters.matchingRuns().claimDailyRun(today))).isFalse();
        assertThat(tx.inTransaction(() -> adapters.matchingRuns().lockAndFindPending()))
                .as("the request the release left pending").isPresent();

        List<OutboxEntry> claimed = tx.inTransaction(() -> adapters.outbox().claimUnpublished(100));
        assertThat(claimed).extracting(OutboxEntry::eventType).as("four left by the release, then the rename")
                .containsExactly("ApplicationReceived", "DeliverySeatsChanged", "ApplicationStatusChanged",
                        "ScalingProjectRegistered", "OrganisationUpdated");
        assertThat(claimed.get(4).sequence()).isGreaterThan(claimed.get(3).sequence());
        tx.inTransaction(() -> adapters.outbox().markPublished(claimed.stream().map(OutboxEntry::sequence).toList(),
                NOW));
        assertThat(tx.inTransaction(() -> adapters.outbox().claimUnpublished(100))).isEmpty();
    }

    private static List<String> appliedVersions(DataSource dataSource) {
        List<String> versions = new ArrayList<>();
        for (MigrationInfo info : Flyway.configure().dataSource(dataSource).load().info().applied()) {
            versions.add(info.getVersion().getVersion());
        }
        return versions;
    }

    private static List<String> indexesOn(DataSource dataSource, String table) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                     table, false, false)) {
            while (rs.next()) {
                if (rs.getInt("ORDINAL_POSITION") == 1 && rs.getString("INDEX_NAME") != null) {
                    indexes.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    private static UUID uuid(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rs = statement.executeQuery()) {
            assertThat(rs.next()).as(query).isTrue();
            return UUID.fromString(rs.getString(1));
        }
    }

    /**
     * The release's migration scripts in a folder of their own, as its servers had them: the fixture lists their
     * names ({@code migrations.txt}) and they are taken from today's {@code db/migration}, or {@code db/superseded}
     * for V13 and V62 — the very same bytes, since {@code ReleasedMigrationsTest} fails the build when a released
     * script changes.
     */
    private static Path releasedScripts(String release) throws IOException {
        Path folder = Files.createTempDirectory("esp-release-" + release);
        for (String name : resource("upgrade/" + release + "/migrations.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList()) {
            String version = name.substring(1, name.indexOf("__"));
            String script = exists("db/migration/" + name) ? "db/migration/" + name
                    : "db/superseded/v" + version + "/" + name;
            Files.writeString(folder.resolve(name), resource(script), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static boolean exists(String name) {
        return UpgradeContract.class.getClassLoader().getResource(name) != null;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UpgradeContract.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
