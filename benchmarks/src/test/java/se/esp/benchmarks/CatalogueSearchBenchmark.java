package se.esp.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.domain.offering.CatalogueEntry;

/**
 * Catalogue search at national scale on MariaDB: 100 000 offerings are loaded into a fresh database through the
 * JPA catalogue adapter, then a new adapter instance (as a freshly started server has) answers the search mix of
 * {@link NationalCatalogue}, each search in its own transaction as the use case runs it, with every facet
 * counted. JMH's sample mode reports the latency distribution: the {@code p0.50} and {@code p0.95} lines are
 * the median and the 95th percentile, in milliseconds. The target is p95 at or under 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class CatalogueSearchBenchmark {

    @Param("100000")
    int offerings;

    private TestDatabase database;
    private EntityManagerFactory loading;
    private EntityManagerFactory searching;
    private JpaPersistence catalogue;
    private List<CatalogueQuery> searches;
    private int next;

    @Setup(Level.Trial)
    public void loadTheNationalCatalogue() {
        database = TestDatabases.mariaDb();
        SchemaMigrations.migrate(database.dataSource());
        NationalCatalogue national = new NationalCatalogue();
        List<CatalogueEntry> entries = national.offerings(offerings);
        // Loading only: JDBC batching makes 100 000 inserts take seconds instead of minutes.
        loading = Persistence.createEntityManagerFactory(JpaPersistence.UNIT, Map.of(
                "jakarta.persistence.nonJtaDataSource", database.dataSource(),
                "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.jdbc.batch-writing.size", "500",
                "eclipselink.logging.level", "WARNING"));
        // The catalogue holds no personal data: a key of this run's own is all the participants adapter needs.
        PersonalDataCipher personalData = PersonalDataCipher.withRandomKey();
        JpaPersistence loader = new JpaPersistence(loading, personalData);
        long started = System.nanoTime();
        for (int from = 0; from < entries.size(); from += 2_000) {
            List<CatalogueEntry> batch = entries.subList(from, Math.min(entries.size(), from + 2_000));
            loader.transactions().inTransaction(() -> loader.catalogue().putAll(batch));
        }
        System.out.printf("%n[catalogue] loaded %d offerings into %s in %d ms%n", entries.size(), database,
                (System.nanoTime() - started) / 1_000_000);

        // Searching as a server does: on a connection pool, so a search's transaction does not open a connection.
        searching = JpaPersistence.outsideServer(pool(database));
        catalogue = new JpaPersistence(searching, personalData);
        searches = national.searches();
        started = System.nanoTime();
        CatalogueResult first = search(CatalogueQuery.everything());
        System.out.printf("[catalogue] a new server's first search read the whole catalogue in %d ms: %d on offer%n",
                (System.nanoTime() - started) / 1_000_000, first.hits().totalItems());
        for (CatalogueQuery query : searches) {
            System.out.printf("[catalogue] %6d hits for %s%n", search(query).hits().totalItems(), describe(query));
        }
    }

    @Benchmark
    public CatalogueResult searchMix() {
        CatalogueQuery query = searches.get(next++ % searches.size());
        return search(query);
    }

    @TearDown(Level.Trial)
    public void dropTheDatabase() {
        searching.close();
        loading.close();
        database.close();
    }

    private static DataSource pool(TestDatabase database) {
        try {
            MariaDbPoolDataSource pool = new MariaDbPoolDataSource(database.jdbcUrl());
            pool.setUser(database.user());
            pool.setPassword(database.password());
            return pool;
        } catch (SQLException e) {
            throw new IllegalStateException("no connection pool on " + database, e);
        }
    }

    private CatalogueResult search(CatalogueQuery query) {
        return catalogue.transactions().inTransaction(() -> catalogue.catalogue().search(query));
    }

    private static String describe(CatalogueQuery q) {
        return "text=" + q.text() + " phases=" + q.phases() + " languages=" + q.deliveryLanguages() + " modes="
                + q.deliveryModes() + " suppliers=" + q.suppliers().size() + " price=" + q.minPrice() + ".."
                + q.maxPrice() + " age=" + q.eligibleAge() + " sort=" + q.sort() + " page=" + q.page().page();
    }
}
