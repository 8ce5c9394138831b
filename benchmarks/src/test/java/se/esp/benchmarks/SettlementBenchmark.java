package se.esp.benchmarks;

import static se.esp.adapter.persistence.testing.OrganisationFixtures.anOrganisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbPoolDataSource;

import se.esp.adapter.persistence.jpa.JpaPersistence;
import se.esp.adapter.persistence.jpa.SchemaMigrations;
import se.esp.adapter.persistence.participant.PersonalDataCipher;
import se.esp.adapter.persistence.testing.DeliveryFixtures;
import se.esp.adapter.persistence.testing.TestDatabase;
import se.esp.adapter.persistence.testing.TestDatabases;
import se.esp.application.delivery.DeliverySettlement;
import se.esp.application.security.ActingUser;
import se.esp.application.settlement.FeeSettlementSource;
import se.esp.application.settlement.SettlementService;
import se.esp.domain.fee.ExampleFeeRates;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.Money;

/**
 * Settles one month at national scale on MariaDB and prints its time next to hand-written SQL over the same rows,
 * measured in the same run, round after round.
 *
 * <p>The month: 290 municipalities buying and selling, {@code lines} delivery lines (one per application seated in a
 * delivery; default 1 000 000) in {@code lines × 2 / 5} completed deliveries of 1–4 applications each, every third
 * application with two participants, the resource employed by another municipality, by the supplier or by nobody.
 * The rows are generated in the database with the sequence engine (not measured); organisations, the offering, the
 * resource and the fee schedule are stored through the platform's own adapters first.</p>
 *
 * <p>Measured each round, one after the other:</p>
 * <ol>
 *   <li><b>platform</b>: {@link SettlementService#settle} as the server runs it — the deliveries read through the
 *       persistence adapter, the lines computed by the domain ({@code SettlementCalculator}), stored one row each
 *       with the period's totals, the event in the outbox, one transaction;</li>
 *   <li><b>SQL settlement</b>: the same lines written by one hand-written {@code INSERT … SELECT} (bought per
 *       application, sold and transaction fee per delivery, the owner's fee, resource hours both ways) into a table
 *       shaped and indexed like {@code settlement_line}, then the net per organisation by {@code GROUP BY} — the
 *       same work done by the database alone;</li>
 *   <li><b>SQL aggregation</b>: the net per organisation straight from the delivery rows by one {@code GROUP BY},
 *       storing nothing — the floor, printed for scale.</li>
 * </ol>
 * <p>Then a late correction arrives before closing (one more delivery completed in the month), and the month,
 * settled with all its lines stored, is settled again by the platform and by the SQL settlement (which deletes the
 * month's rows first, as the platform replaces its run's lines); both times are printed beside the first.</p>
 * <p>Each round checks that the three agree on every organisation's net to the öre and that the month sums to
 * zero; a disagreement stops the run. The design target is platform ÷ SQL settlement ≤ 3.</p>
 *
 * <p>Run: {@code mvn -pl benchmarks -am verify -DskipTests -Psettlement-benchmark} (options
 * {@code -Dbenchmark.args="lines=100000 rounds=2"}).</p>
 */
public final class SettlementBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final String FROM = "2026-10-01 00:00:00";
    private static final String TO = "2026-11-01 00:00:00";

    private final int lines;
    private final int municipalities;
    private final int rounds;

    private SettlementBenchmark(int lines, int municipalities, int rounds) {
        if (lines % 5 != 0 || lines < 5) {
            throw new IllegalArgumentException("lines must be a positive multiple of 5");
        }
        this.lines = lines;
        this.municipalities = municipalities;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length == 2) {
                options.put(pair[0].strip(), pair[1].strip());
            }
        }
        new SettlementBenchmark(Integer.parseInt(options.getOrDefault("lines", "1000000")),
                Integer.parseInt(options.getOrDefault("municipalities", "290")),
                Integer.parseInt(options.getOrDefault("rounds", "3"))).run();
    }

    private void run() throws Exception {
        try (TestDatabase database = TestDatabases.mariaDb()) {
            SchemaMigrations.migrate(database.dataSource());
            DataSource pool = pool(database);
            var factory = JpaPersistence.outsideServer(pool);
            JpaPersistence persistence = new JpaPersistence(factory, PersonalDataCipher.withRandomKey());
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            FeeRates rates = ExampleFeeRates.pricesOf(2026);
            OrganisationId owner = prepare(persistence, pool, rates);
            SettlementService settlement = new SettlementService(persistence.settlementPeriods(),
                    persistence.organisations(), new FeeSettlementSource(persistence.feeSchedules(),
                    persistence.scalingProjects(), persistence.organisations()),
                    new DeliverySettlement(persistence.deliveries(), persistence.organisations(), clock),
                    persistence.outbox(), persistence.transactions(), clock);
            String fee = rates.transactionFee().value().toPlainString();

            long[] platform = new long[rounds];
            long[] sqlSettlement = new long[rounds];
            long[] sqlAggregation = new long[rounds];
            long[] platformAgain = new long[rounds];
            long[] sqlSettlementAgain = new long[rounds];
            int lineCount = 0;
            for (int round = 0; round < rounds; round++) {
                clear(pool);
                long started = System.nanoTime();
                SettlementPeriod settled = settlement.settle(ActingUser.system("settlement benchmark"), MONTH);
                platform[round] = System.nanoTime() - started;
                lineCount = settled.lineCount();

                started = System.nanoTime();
                Map<String, Long> sqlNets = sqlSettlement(pool, owner, fee);
                sqlSettlement[round] = System.nanoTime() - started;

                started = System.nanoTime();
                Map<String, Long> aggregated = sqlAggregation(pool, owner, fee);
                sqlAggregation[round] = System.nanoTime() - started;

                check(settled, sqlNets, aggregated);

                // A late correction before closing: one more delivery completed in the month. The month, already
                // settled with all its lines stored, is settled again: every line of the first run is replaced.
                lateCorrection(pool);
                started = System.nanoTime();
                SettlementPeriod again = settlement.settle(ActingUser.system("settlement benchmark"), MONTH);
                platformAgain[round] = System.nanoTime() - started;

                started = System.nanoTime();
                Map<String, Long> sqlNetsAgain = sqlSettlement(pool, owner, fee);
                sqlSettlementAgain[round] = System.nanoTime() - started;
                check(again, sqlNetsAgain, sqlAggregation(pool, owner, fee));
                if (again.runs().size() != 2 || again.lineCount() <= lineCount) {
                    throw new IllegalStateException("the second run did not replace the first: " + again.runs());
                }
                System.out.printf("[settlement] round %d: platform %,d ms | SQL settlement %,d ms | SQL aggregation "
                                + "%,d ms | %,d lines, %d organisations, nets agree to the öre%n", round + 1,
                        platform[round] / 1_000_000, sqlSettlement[round] / 1_000_000,
                        sqlAggregation[round] / 1_000_000, lineCount, settled.netPositions().size());
                System.out.printf("[settlement] round %d, settled again after a late delivery: platform %,d ms | "
                                + "SQL settlement again %,d ms | %,d lines, nets agree to the öre%n", round + 1,
                        platformAgain[round] / 1_000_000, sqlSettlementAgain[round] / 1_000_000, again.lineCount());
            }
            long p = median(platform);
            long s = median(sqlSettlement);
            long a = median(sqlAggregation);
            long p2 = median(platformAgain);
            long s2 = median(sqlSettlementAgain);
            System.out.printf("%n[settlement] %s, %d municipalities, %,d delivery lines, %,d settlement lines; "
                            + "median of %d rounds:%n", database, municipalities, lines, lineCount, rounds);
            System.out.printf("[settlement] platform        %,8d ms   settled again %,8d ms%n", p / 1_000_000,
                    p2 / 1_000_000);
            System.out.printf("[settlement] SQL settlement  %,8d ms   settled again %,8d ms   ratio platform / SQL "
                    + "settlement = %.2f, again %.2f (target <= 3)%n", s / 1_000_000, s2 / 1_000_000,
                    (double) p / s, (double) p2 / s2);
            System.out.printf("[settlement] SQL aggregation %,8d ms   ratio platform / SQL aggregation = %.2f "
                    + "(stores nothing; for scale)%n", a / 1_000_000, (double) p / a);
            factory.close();
        }
    }

    /** Organisations, offering, resource and fee schedule through the adapters; deliveries and seats by SQL. */
    private OrganisationId prepare(JpaPersistence persistence, DataSource pool, FeeRates rates) throws SQLException {
        long started = System.nanoTime();
        var tx = persistence.transactions();
        DeliveryFixtures given = DeliveryFixtures.storedIn(persistence);
        Organisation owner = tx.inTransaction(() -> persistence.organisations().save(anOrganisation()
                .named("Plattformsägaren (benchmark)").ofKind(OrganisationKind.OWNER).build()));
        List<OrganisationId> municipalityIds = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            String name = String.format("Benchmarkkommun %03d", i + 1);
            long population = 2_500 + (i * 7_919L) % 400_000;
            municipalityIds.add(tx.inTransaction(() -> persistence.organisations().save(anOrganisation().named(name)
                    .municipality(population).playing(OrganisationRole.SUPPLIER, OrganisationRole.CONSUMER).build()))
                    .id());
        }
        tx.inTransaction(() -> persistence.feeSchedules().save(FeeSchedule.establish(FeeScheduleId.newId(),
                new RatesVersion(LocalDate.of(2026, 1, 1), rates), NOW).schedule()));

        int deliveries = lines * 2 / 5;
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE bench_org (n INT NOT NULL PRIMARY KEY, id CHAR(36) NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_org VALUES (?, ?)")) {
                for (int i = 0; i < municipalityIds.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, municipalityIds.get(i).toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            int m = municipalities;
            sql.execute("INSERT INTO delivery (id, offering_version_id, supplier_organisation_id, title, language, "
                    + "resource_id, resource_name, resource_employer_id, hourly_rate_ore, resource_hours, "
                    + "session_slots, starts_on, last_day, max_participants, price_per_participant_ore, "
                    + "cost_split_rule, opened_at, status, started_at, completed_at, cancelled_at, "
                    + "cancellation_reason, version) "
                    + "SELECT CONCAT('d0000000-0000-4000-8000-', LPAD(s.seq, 12, '0')), '"
                    + given.offering.current().id() + "', sup.id, 'Studiehandledning (benchmark)', 'sv', '"
                    + given.studyGuide.id() + "', 'Amina Haddad', "
                    + "CASE WHEN s.seq MOD 10 < 3 THEN NULL WHEN s.seq MOD 10 < 6 THEN emp.id ELSE sup.id END, "
                    + "45000 + (s.seq MOD 7) * 5000, 10 + (s.seq MOD 5) * 2.5, 'MONDAY 09:00-10:00', "
                    + "'2026-08-03', '2026-10-09', 8, 50000 + (s.seq MOD 20) * 25000 + (s.seq MOD 3), "
                    + "'PER_PARTICIPANT', '2026-07-01 08:00:00', 'COMPLETED', '2026-08-03 08:00:00', "
                    + "TIMESTAMPADD(SECOND, s.seq MOD 2500000, '2026-10-01 06:00:00'), NULL, NULL, 1 "
                    + "FROM seq_1_to_" + deliveries + " s JOIN bench_org sup ON sup.n = s.seq MOD " + m
                    + " JOIN bench_org emp ON emp.n = (s.seq * 31 + 1) MOD " + m);
            int seats = sql.executeUpdate("INSERT INTO delivery_seat (delivery_id, position, application_id, "
                    + "consumer_organisation_id, participant_id, outcome) "
                    + "SELECT CONCAT('d0000000-0000-4000-8000-', LPAD(s.seq, 12, '0')), j.seq * 2 + p.seq, "
                    + "CONCAT('a0000000-0000-4000-8000-', LPAD(s.seq * 4 + j.seq, 12, '0')), con.id, "
                    + "CONCAT('b0000000-0000-4000-8000-', LPAD((s.seq * 4 + j.seq) * 2 + p.seq, 12, '0')), "
                    + "'COMPLETED' "
                    + "FROM seq_1_to_" + deliveries + " s JOIN seq_0_to_3 j ON j.seq <= s.seq MOD 4 "
                    + "JOIN seq_0_to_1 p ON p.seq <= CASE WHEN (s.seq * 4 + j.seq) MOD 3 = 0 THEN 1 ELSE 0 END "
                    + "JOIN bench_org con ON con.n = ((s.seq * 4 + j.seq) * 7919) MOD " + m);
            try (ResultSet count = sql.executeQuery("SELECT COUNT(DISTINCT delivery_id, application_id) "
                    + "FROM delivery_seat")) {
                count.next();
                System.out.printf("%n[settlement] generated %,d deliveries, %,d delivery lines, %,d participants' "
                                + "places for %d municipalities in %,d ms%n", deliveries, count.getLong(1), seats,
                        municipalities, (System.nanoTime() - started) / 1_000_000);
            }
            sql.execute("CREATE TABLE bench_sql_line LIKE settlement_line");
            sql.execute("ANALYZE TABLE delivery, delivery_seat");
        }
        return owner.id();
    }

    /** The delivery a late correction adds: a copy of the first generated one, completed in the month too. */
    private static final String LATE = "e0000000-0000-4000-8000-000000000001";
    private static final String FIRST = "d0000000-0000-4000-8000-000000000001";

    private static void lateCorrection(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            String columns = "offering_version_id, supplier_organisation_id, title, language, resource_id, "
                    + "resource_name, resource_employer_id, hourly_rate_ore, resource_hours, session_slots, starts_on, "
                    + "last_day, max_participants, price_per_participant_ore, cost_split_rule, opened_at, status, "
                    + "started_at, completed_at, cancelled_at, cancellation_reason, version";
            sql.execute("INSERT INTO delivery (id, " + columns + ") SELECT '" + LATE + "', " + columns
                    + " FROM delivery WHERE id = '" + FIRST + "'");
            sql.execute("INSERT INTO delivery_seat (delivery_id, position, application_id, consumer_organisation_id, "
                    + "participant_id, outcome) SELECT '" + LATE + "', position, CONCAT('e', SUBSTRING(application_id, "
                    + "2)), consumer_organisation_id, CONCAT('f', SUBSTRING(participant_id, 2)), outcome "
                    + "FROM delivery_seat WHERE delivery_id = '" + FIRST + "'");
        }
    }

    /** Removes what the previous round wrote, so every round settles the month afresh. */
    private static void clear(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM delivery_seat WHERE delivery_id = '" + LATE + "'");
            sql.execute("DELETE FROM delivery WHERE id = '" + LATE + "'");
            sql.execute("TRUNCATE TABLE settlement_line");
            sql.execute("DELETE FROM settlement_total");
            sql.execute("DELETE FROM settlement_run");
            sql.execute("DELETE FROM settlement_period");
            sql.execute("DELETE FROM outbox_event");
            sql.execute("TRUNCATE TABLE bench_sql_line");
        }
    }

    /** Places per delivery in the month: what the price is multiplied by. */
    private static final String MONTHS_DELIVERIES = "SELECT d.id, d.supplier_organisation_id, d.resource_id, "
            + "d.resource_employer_id, d.hourly_rate_ore, d.resource_hours, "
            + "d.price_per_participant_ore * COUNT(*) AS price, COUNT(*) AS places "
            + "FROM delivery d JOIN delivery_seat s ON s.delivery_id = d.id "
            + "WHERE d.status = 'COMPLETED' AND d.completed_at >= '" + FROM + "' AND d.completed_at < '" + TO + "' "
            + "GROUP BY d.id, d.supplier_organisation_id, d.resource_id, d.resource_employer_id, d.hourly_rate_ore, "
            + "d.resource_hours, d.price_per_participant_ore";

    /**
     * One row per delivery line and one per delivery with its roles fanned out by a join with a small sequence, so
     * the month's deliveries are grouped once: bought per application; sold, transaction fee (supplier and owner)
     * and resource hours (supplier and employer) per delivery.
     */
    private Map<String, Long> sqlSettlement(DataSource pool, OrganisationId owner, String feePercent)
            throws SQLException {
        String fee = "ROUND(m.price * " + feePercent + " / 100)";
        String cost = "ROUND(m.hourly_rate_ore * m.resource_hours)";
        String insert = "INSERT INTO bench_sql_line (period, line_no, organisation_id, kind, amount_ore, cause_type, "
                + "cause_id, cause_detail, rule_ref, counterparty_id, corrects_period, description) "
                + "SELECT '" + MONTH + "', ROW_NUMBER() OVER (ORDER BY x.organisation_id, x.kind, x.cause_id, "
                + "x.cause_detail), x.* FROM ("
                + "SELECT s.consumer_organisation_id AS organisation_id, 'DELIVERY_BOUGHT' AS kind, "
                + "-d.price_per_participant_ore * COUNT(*) AS amount_ore, 'DELIVERY' AS cause_type, d.id AS cause_id, "
                + "s.application_id AS cause_detail, NULL AS rule_ref, d.supplier_organisation_id AS counterparty_id, "
                + "NULL AS corrects_period, CONCAT('Bought: ', COUNT(*), ' participants of delivery ', d.id, ' at ', "
                + "d.price_per_participant_ore) AS description "
                + "FROM delivery d JOIN delivery_seat s ON s.delivery_id = d.id "
                + "WHERE d.status = 'COMPLETED' AND d.completed_at >= '" + FROM + "' AND d.completed_at < '" + TO
                + "' GROUP BY d.id, s.application_id, s.consumer_organisation_id, d.supplier_organisation_id, "
                + "d.price_per_participant_ore "
                + "UNION ALL SELECT "
                + "CASE r.seq WHEN 0 THEN m.supplier_organisation_id WHEN 1 THEN m.supplier_organisation_id "
                + "WHEN 2 THEN '" + owner + "' WHEN 3 THEN m.supplier_organisation_id ELSE m.resource_employer_id END, "
                + "CASE r.seq WHEN 0 THEN 'DELIVERY_SOLD' WHEN 1 THEN 'TRANSACTION_FEE' WHEN 2 THEN 'TRANSACTION_FEE' "
                + "ELSE 'RESOURCE_HOURS' END, "
                + "CASE r.seq WHEN 0 THEN m.price WHEN 1 THEN -" + fee + " WHEN 2 THEN " + fee + " WHEN 3 THEN -" + cost
                + " ELSE " + cost + " END, 'DELIVERY', m.id, CASE WHEN r.seq >= 3 THEN m.resource_id END, "
                + "CASE WHEN r.seq IN (1, 2) THEN 'rates' END, "
                + "CASE r.seq WHEN 0 THEN NULL WHEN 1 THEN '" + owner + "' WHEN 2 THEN m.supplier_organisation_id "
                + "WHEN 3 THEN m.resource_employer_id ELSE m.supplier_organisation_id END, NULL, "
                + "CASE WHEN r.seq = 0 THEN CONCAT('Sold: delivery ', m.id) WHEN r.seq < 3 THEN "
                + "CONCAT('Transaction fee of ', m.price) ELSE CONCAT('Resource hours: ', m.resource_hours) END "
                + "FROM (" + MONTHS_DELIVERIES + ") m JOIN seq_0_to_4 r ON r.seq < 3 OR ("
                + "m.resource_employer_id IS NOT NULL AND m.resource_employer_id <> m.supplier_organisation_id)) x";
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            // Settling again replaces the month's lines, as the platform's run does.
            sql.executeUpdate("DELETE FROM bench_sql_line WHERE period = '" + MONTH + "'");
            sql.executeUpdate(insert);
            Map<String, Long> nets = nets(sql, "SELECT organisation_id, SUM(amount_ore) FROM bench_sql_line "
                    + "WHERE period = '" + MONTH + "' GROUP BY organisation_id");
            connection.commit();
            return nets;
        }
    }

    /** The nets alone: what consumers pay per place, and per delivery the supplier's, owner's and employer's part. */
    private Map<String, Long> sqlAggregation(DataSource pool, OrganisationId owner, String feePercent)
            throws SQLException {
        String fee = "ROUND(m.price * " + feePercent + " / 100)";
        String cost = "CASE WHEN m.resource_employer_id IS NOT NULL AND m.resource_employer_id <> "
                + "m.supplier_organisation_id THEN ROUND(m.hourly_rate_ore * m.resource_hours) ELSE 0 END";
        String query = "SELECT x.organisation_id, SUM(x.amount) FROM ("
                + "SELECT s.consumer_organisation_id AS organisation_id, -SUM(d.price_per_participant_ore) AS amount "
                + "FROM delivery d JOIN delivery_seat s ON s.delivery_id = d.id "
                + "WHERE d.status = 'COMPLETED' AND d.completed_at >= '" + FROM + "' AND d.completed_at < '" + TO + "' "
                + "GROUP BY s.consumer_organisation_id "
                + "UNION ALL SELECT CASE r.seq WHEN 0 THEN m.supplier_organisation_id WHEN 1 THEN '" + owner + "' "
                + "ELSE m.resource_employer_id END, SUM(CASE r.seq WHEN 0 THEN m.price - " + fee + " - " + cost
                + " WHEN 1 THEN " + fee + " ELSE " + cost + " END) "
                + "FROM (" + MONTHS_DELIVERIES + ") m JOIN seq_0_to_2 r ON r.seq < 2 OR m.resource_employer_id IS NOT NULL "
                + "GROUP BY 1) x GROUP BY x.organisation_id";
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            return nets(sql, query);
        }
    }

    private static Map<String, Long> nets(Statement sql, String query) throws SQLException {
        Map<String, Long> nets = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                long net = rows.getLong(2);
                if (net != 0) {
                    nets.put(rows.getString(1).strip(), net);
                }
            }
        }
        return nets;
    }

    private static void check(SettlementPeriod settled, Map<String, Long> sqlNets, Map<String, Long> aggregated) {
        Map<String, Long> platform = new TreeMap<>();
        settled.netPositions().forEach((organisation, net) -> {
            if (!net.isZero()) {
                platform.put(organisation.toString(), net.ore());
            }
        });
        if (!platform.equals(sqlNets) || !platform.equals(aggregated)) {
            throw new IllegalStateException("the nets disagree: platform " + platform + "\nSQL settlement " + sqlNets
                    + "\nSQL aggregation " + aggregated);
        }
        if (!Money.sum(List.copyOf(settled.netPositions().values())).isZero()) {
            throw new IllegalStateException("the month does not sum to zero");
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static DataSource pool(TestDatabase database) throws SQLException {
        MariaDbPoolDataSource pool = new MariaDbPoolDataSource(database.jdbcUrl());
        pool.setUser(database.user());
        pool.setPassword(database.password());
        return pool;
    }
}
