package se.esp.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;

/**
 * The guard for upgrades: a database a release migrated must always start on a later build. So every migration in
 * {@code released-migrations.txt} (the migrations servers have run, with Flyway's checksum) is still in
 * {@code db/migration} under the same version, script name and checksum — or is explicitly superseded
 * ({@link SchemaMigrations#SUPERSEDED}), kept unchanged in its {@code db/superseded} folder and no longer in
 * {@code db/migration}; and every migration not yet released is numbered above the highest released one, since
 * Flyway refuses a database that lacks a version below its latest.
 */
class ReleasedMigrationsTest {

    private static TestDatabase empty;
    private static Map<String, Released> released;
    private static Map<String, MigrationInfo> current;

    record Released(String version, String script, int checksum, Optional<String> supersededBy) {

        String line() {
            return version + " " + script + " " + checksum + supersededBy.map(by -> " superseded-by " + by).orElse("");
        }
    }

    @BeforeAll
    static void readBothSides() throws IOException {
        empty = TestDatabases.h2();
        released = releasedMigrations();
        current = resolved(SchemaMigrations.LOCATION);
        List<String> unreleased = current.values().stream()
                .filter(info -> !released.containsKey(info.getVersion().getVersion()))
                .map(info -> new Released(info.getVersion().getVersion(), info.getScript(), info.getChecksum(),
                        Optional.empty()).line())
                .toList();
        unreleased.forEach(line -> System.out.println("[released-migrations] not released yet: " + line));
    }

    @AfterAll
    static void dropDatabase() {
        empty.close();
    }

    @Test
    void everyReleasedMigrationIsStillThereUnchanged() {
        for (Released migration : released.values()) {
            if (migration.supersededBy().isPresent()) {
                continue;
            }
            MigrationInfo info = current.get(migration.version());
            assertThat(info).as("released migration %s is gone from db/migration: a database that ran it would "
                    + "no longer start (supersede it explicitly instead, see docs/decisions)", migration.line())
                    .isNotNull();
            assertThat(info.getScript()).as("script of released version %s", migration.version())
                    .isEqualTo(migration.script());
            assertThat(info.getChecksum()).as("checksum of released %s: a released script is never edited, a "
                    + "change goes into a new migration", migration.script()).isEqualTo(migration.checksum());
        }
    }

    @Test
    void everySupersededMigrationIsKeptUnchangedApartAndRunsAgainLater() {
        assertThat(released.values().stream().filter(m -> m.supersededBy().isPresent()).map(Released::line))
                .as("released-migrations.txt and SchemaMigrations.SUPERSEDED name the same migrations")
                .containsExactlyInAnyOrderElementsOf(SchemaMigrations.SUPERSEDED.stream().map(superseded ->
                        new Released(superseded.version(), superseded.script(),
                                released.get(superseded.version()).checksum(),
                                Optional.of(superseded.supersededBy())).line()).toList());
        for (SchemaMigrations.Superseded superseded : SchemaMigrations.SUPERSEDED) {
            Released migration = released.get(superseded.version());
            assertThat(current).as("superseded %s must not run from db/migration (a stale build output?)",
                    superseded.script()).doesNotContainKey(superseded.version());
            Map<String, MigrationInfo> apart = resolved(superseded.location());
            assertThat(apart.keySet()).as("%s holds exactly the released script", superseded.location())
                    .containsExactly(superseded.version());
            MigrationInfo kept = apart.get(superseded.version());
            assertThat(kept.getScript()).isEqualTo(migration.script());
            assertThat(kept.getChecksum()).as("the superseded script is kept byte for byte, so recorded histories "
                    + "validate").isEqualTo(migration.checksum());
            assertThat(current).as("%s runs again as %s", superseded.script(), superseded.supersededBy())
                    .containsKey(superseded.supersededBy());
            MigrationVersion again = MigrationVersion.fromVersion(superseded.supersededBy());
            assertThat(again).as("%s runs again later", superseded.script())
                    .isGreaterThan(MigrationVersion.fromVersion(superseded.version()));
            if (!released.containsKey(superseded.supersededBy())) {
                // not yet released: it must run after everything a server may have run already
                assertThat(again).isGreaterThan(highestReleased());
            }
        }
    }

    @Test
    void everyNewMigrationIsNumberedAboveEveryReleasedOne() {
        MigrationVersion highest = highestReleased();
        for (MigrationInfo info : current.values()) {
            if (!released.containsKey(info.getVersion().getVersion())) {
                assertThat(info.getVersion()).as("%s is not released yet but numbered at or below the released "
                        + "V%s: databases of that release would refuse it; number it above", info.getScript(),
                        highest.getVersion()).isGreaterThan(highest);
            }
        }
    }

    private static MigrationVersion highestReleased() {
        return released.keySet().stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
                .orElseThrow();
    }

    /**
     * Version → what Flyway resolves in the location, as it would run it on an empty database; for
     * {@code db/migration}, with the migrations written in Java that run with its scripts.
     */
    private static Map<String, MigrationInfo> resolved(String location) {
        Map<String, MigrationInfo> byVersion = new LinkedHashMap<>();
        var configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(empty.dataSource()).locations(location).failOnMissingLocations(true);
        if (location.equals(SchemaMigrations.LOCATION)) {
            configuration.javaMigrations(SchemaMigrations.javaMigrations(null));
        }
        for (MigrationInfo info : configuration.load().info().pending()) {
            byVersion.put(info.getVersion().getVersion(), info);
        }
        return byVersion;
    }

    private static Map<String, Released> releasedMigrations() throws IOException {
        String text;
        try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream("/released-migrations.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Released> byVersion = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            boolean superseded = parts.length == 5 && parts[3].equals("superseded-by");
            if (parts.length != 3 && !superseded) {
                problems.add(line);
                continue;
            }
            Released migration = new Released(parts[0], parts[1], Integer.parseInt(parts[2]),
                    superseded ? Optional.of(parts[4]) : Optional.empty());
            if (byVersion.put(migration.version(), migration) != null) {
                problems.add("twice: " + line);
            }
        }
        assertThat(problems).as("lines of released-migrations.txt that are not 'version script checksum "
                + "[superseded-by version]'").isEmpty();
        return byVersion;
    }
}
