package se.esp.scenarios.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import se.esp.adapter.persistence.testing.Backend;
import se.esp.adapter.persistence.testing.Backends;
import se.esp.adapter.persistence.testing.JpaBackend;
import se.esp.application.port.in.participant.ChangeParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.out.OutboxEntry;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.security.ActingUser;
import se.esp.domain.participant.Contact;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.ParticipantName;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.participant.PreferredLanguage;
import se.esp.scenarios.support.World;

/**
 * What the participant steps do, whatever language they are written in. Participants are named in the steps;
 * the driver remembers their ids, because after anonymisation the name is gone. It also remembers every read of
 * personal data the scenario made, to hold the audit log to it.
 */
final class ParticipantDriver {

    private static final Map<World, State> STATES = new java.util.WeakHashMap<>();

    private ParticipantDriver() {
    }

    /** Per scenario: names to ids, identity numbers given, and the reads made. */
    private static final class State {
        final Map<String, ParticipantId> ids = new HashMap<>();
        final Map<String, String> numbers = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        Participant lastSeen;
    }

    private static World world() {
        return World.current();
    }

    private static State state() {
        return STATES.computeIfAbsent(world(), w -> new State());
    }

    static void register(String name, String number, String language, String email, boolean formAsks) {
        World world = world();
        ParticipantId id = world.attempt(() -> world.participants.register(world.actor(),
                new RegisterParticipantCommand(new ParticipantDetails(new ParticipantName(name),
                        number == null ? null : PersonalIdentityNumber.parse(number), new PreferredLanguage(language),
                        email == null ? null : new Contact(email, null)), formAsks)).id());
        if (id != null) {
            state().ids.put(name, id);
            if (number != null) {
                state().numbers.put(name, number);
            }
        }
    }

    static void registered(String name, String number, String language, String email, boolean formAsks) {
        register(name, number, language, email, formAsks);
        world().requireLastSucceeded();
    }

    static void read(String name) {
        World world = world();
        ActingUser reader = world.actor();
        state().lastSeen = world.attempt(() -> world.participants.get(reader, id(name)));
        state().reads.add(reader.userId() + " get-participant " + name);
    }

    static void export(String name) {
        World world = world();
        ActingUser reader = world.actor();
        world.attempt(() -> world.participants.export(reader, id(name)));
        state().reads.add(reader.userId() + " export-participant " + name);
    }

    static void changeEmail(String name, String email) {
        World world = world();
        Participant current = stored(name);
        ParticipantDetails details = current.detailsIfAny().orElseThrow();
        world.attempt(() -> world.participants.change(world.actor(), new ChangeParticipantCommand(id(name),
                current.version(), new ParticipantDetails(details.name(), details.identityNumber(),
                details.preferredLanguage(), new Contact(email, null)))));
    }

    static void complete(String name) {
        World world = world();
        world.attempt(() -> world.participants.complete(world.actor(), id(name)));
        world.requireLastSucceeded();
    }

    static void retention(int months) {
        world().retainPersonalDataFor(Period.ofMonths(months));
    }

    static void timePasses(int months, int days) {
        World world = world();
        world.clock.set(world.clock.instant().atZone(java.time.ZoneOffset.UTC).plusMonths(months).plusDays(days)
                .toInstant());
    }

    static void retentionJobRuns() {
        world().participants.anonymiseExpired(ActingUser.system("retention"));
    }

    static void assertSeesName(String name) {
        world().requireLastSucceeded();
        assertThat(state().lastSeen.detailsIfAny().orElseThrow().name().value()).isEqualTo(name);
    }

    static void assertAge(String name, int years, String onDay) {
        assertThat(stored(name).ageOn(java.time.LocalDate.parse(onDay))).contains(years);
    }

    static void assertStoredEmail(String name, String email) {
        assertThat(stored(name).detailsIfAny().orElseThrow().contact().email()).isEqualTo(email);
    }

    static void assertRefusedAttemptLogged(String name, String organisationNumber) {
        World world = world();
        var organisation = world.storage.transactions().inTransaction(() -> world.storage.organisations()
                .findByNumber(se.esp.domain.organisation.OrganisationNumber.parse(organisationNumber))).orElseThrow();
        assertThat(audit(name)).anySatisfy(line -> {
            assertThat(line.userOrganisation()).isEqualTo(organisation.id());
            assertThat(line.kind()).isEqualTo(PersonalDataAccess.Kind.READ);
            assertThat(line.outcome()).isEqualTo(PersonalDataAccess.Outcome.DENIED);
        });
    }

    /** Every read the scenario made through the use cases is a READ line, and there are no others. */
    static void assertEveryReadLogged(String name) {
        List<String> logged = audit(name).stream()
                .filter(line -> line.kind() == PersonalDataAccess.Kind.READ)
                .map(line -> line.userId() + " " + line.useCase() + " " + name)
                .toList();
        List<String> made = state().reads.stream().filter(r -> r.endsWith(" " + name)).toList();
        assertThat(made).isNotEmpty();
        assertThat(logged).containsExactlyElementsOf(made);
    }

    static void assertChangesLogged(String name, int changes) {
        assertThat(audit(name)).filteredOn(line -> line.kind() == PersonalDataAccess.Kind.CHANGE
                && line.outcome() == PersonalDataAccess.Outcome.GRANTED).hasSize(changes);
    }

    static void assertAnonymised(String name) {
        Participant participant = stored(name);
        assertThat(participant.isAnonymised()).isTrue();
        assertThat(participant.detailsIfAny()).isEmpty();
    }

    static void assertStillCountedFor(String name, String organisationNumber) {
        World world = world();
        Participant participant = stored(name);
        var organisation = world.storage.transactions().inTransaction(() -> world.storage.organisations()
                .findByNumber(se.esp.domain.organisation.OrganisationNumber.parse(organisationNumber))).orElseThrow();
        assertThat(participant.consumer()).isEqualTo(organisation.id());
        assertThat(participant.completedAt()).isPresent();
    }

    static void assertAnonymisationAnnounced(String name) {
        World world = world();
        String id = id(name).toString();
        assertThat(world.storage.transactions().inTransaction(() -> world.storage.outbox().unpublished(10_000)))
                .filteredOn(e -> e.aggregateId().equals(id))
                .extracting(OutboxEntry::eventType)
                .contains("ParticipantRegistered", "ParticipationCompleted", "ParticipantAnonymised");
    }

    static void assertKept(String name) {
        assertThat(stored(name).detailsIfAny()).isPresent();
    }

    /** Proves the scan below can see what it looks for, so "found nowhere" means something. */
    static void assertStorageHolds(String name) {
        assertThat(occurrences(name)).isNotEmpty();
    }

    /**
     * No table (every column of every row, on a database backend), no outbox entry, no audit line and no log line
     * holds the name or the identity number; on a database, no encrypted copy is left either.
     */
    static void assertNoPersonalDataAnywhere(String name) throws SQLException {
        assertThat(occurrences(name)).as("where the name or identity number of " + name + " remains").isEmpty();
        World world = world();
        List<String> forbidden = forbidden(name);
        assertThat(world.log.lines()).noneSatisfy(line -> assertThat(forbidden).noneMatch(line::contains));
        if (world.backend != Backend.MEMORY) {
            try (Connection connection = dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select name_encrypted, identity_number_encrypted,"
                         + " contact_encrypted, preferred_language from participant where id = '" + id(name) + "'")) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= 4; column++) {
                    assertThat(row.getString(column)).isNull();
                }
            }
        }
    }

    private static List<String> occurrences(String name) {
        try {
            List<String> found = new ArrayList<>();
            List<String> forbidden = forbidden(name);
            World world = world();
            if (world.backend == Backend.MEMORY) {
                Participant participant = stored(name);
                participant.detailsIfAny().ifPresent(d -> {
                    if (forbidden.contains(d.name().value())) {
                        found.add("participant " + participant.id());
                    }
                });
            } else {
                found.addAll(scanEveryTable(forbidden));
            }
            List<OutboxEntry> outbox = world.storage.transactions().inTransaction(() ->
                    world.storage.outbox().unpublished(10_000));
            outbox.stream().filter(e -> forbidden.stream().anyMatch(e.payloadJson()::contains))
                    .forEach(e -> found.add("outbox " + e.eventType()));
            world.storage.transactions().inTransaction(() -> world.storage.personalDataAuditLog().about(id(name)))
                    .stream().filter(line -> forbidden.stream().anyMatch(line.toString()::contains))
                    .forEach(line -> found.add("audit " + line.id()));
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every column of every row of every table, read as text, and, where a value is sealed for its row ({@code v1:}
     * and the row's {@code id} as associated data), decrypted with the storage's key: the name is stored only
     * encrypted, so the plain text alone would prove nothing.
     */
    private static List<String> scanEveryTable(List<String> forbidden) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("participant", "personal_data_access", "outbox_event", "organisation");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    int idColumn = 0;
                    for (int column = 1; column <= columns; column++) {
                        if (rows.getMetaData().getColumnName(column).equalsIgnoreCase("id")) {
                            idColumn = column;
                        }
                    }
                    while (rows.next()) {
                        String rowId = idColumn == 0 ? null : rows.getString(idColumn);
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null && forbidden.stream().anyMatch(plainText(value, rowId)::contains)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(column));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The value as stored, or what it decrypts to if it is sealed for its row with the storage's key. */
    private static String plainText(String value, String rowId) {
        if (rowId == null || !value.startsWith("v1:")) {
            return value;
        }
        try {
            return JpaBackend.PERSONAL_DATA.decrypt(value, rowId);
        } catch (IllegalStateException notSealedForThisRow) {
            return value;
        }
    }

    private static List<String> forbidden(String name) {
        List<String> forbidden = new ArrayList<>(List.of(name));
        String number = state().numbers.get(name);
        if (number != null) {
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number);
            forbidden.add(parsed.value());
            forbidden.add(parsed.formatted());
            forbidden.add(parsed.value().substring(2));
        }
        return forbidden;
    }

    private static DataSource dataSource() {
        return Backends.jpa(world().backend).dataSource();
    }

    private static List<PersonalDataAccess> audit(String name) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.personalDataAuditLog().about(id(name)));
    }

    private static Participant stored(String name) {
        World world = world();
        return world.storage.transactions().inTransaction(() -> world.storage.participants().findById(id(name)))
                .orElseThrow();
    }

    private static ParticipantId id(String name) {
        ParticipantId id = state().ids.get(name);
        if (id == null) {
            throw new AssertionError("no participant " + name + " was registered in this scenario");
        }
        return id;
    }
}
