package se.esp.bootstrap.relay;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import se.esp.application.port.in.outbox.RelayRun;
import se.esp.application.port.out.OutboxBacklog;
import se.esp.bootstrap.metrics.Meters;
import se.esp.bootstrap.metrics.Meters.Count;

/**
 * The relay's metrics (see {@link Meters}), served at {@code /metrics} (Prometheus: {@code esp_outbox_published_total},
 * {@code esp_outbox_publish_failures_total}, {@code esp_outbox_backlog}, {@code esp_outbox_backlog_age_seconds},
 * and the retention's {@code esp_outbox_purged_total} and {@code esp_outbox_purge_skipped_total}).
 * The backlog gauges show what the last relay run found, so a scrape never queries the database.
 */
@ApplicationScoped
public class RelayMetrics {

    public static final String PUBLISHED = "esp.outbox.published";
    public static final String PUBLISH_FAILURES = "esp.outbox.publish.failures";
    public static final String BACKLOG = "esp.outbox.backlog";
    public static final String BACKLOG_AGE = "esp.outbox.backlog.age";
    public static final String PURGED = "esp.outbox.purged";
    public static final String PURGE_SKIPPED = "esp.outbox.purge.skipped";
    public static final String PURGE_RUNS = "esp.outbox.purge.runs";

    @Inject
    Meters meters;

    @Inject
    Clock clock;

    private final AtomicReference<OutboxBacklog> lastBacklog = new AtomicReference<>(OutboxBacklog.EMPTY);
    private Count published;
    private Count failures;
    // the purge's two counters are package-private so the purge job's test can count without a metrics runtime
    Count purged;
    Count purgeSkipped;
    Count purgeRuns;

    @PostConstruct
    void register() {
        published = meters.counter(PUBLISHED,
                "Outbox entries the broker accepted and the relay marked as published");
        failures = meters.counter(PUBLISH_FAILURES, "Relay runs that stopped because the broker or the database failed");
        purged = meters.counter(PURGED, "Published outbox entries deleted after the retention period");
        purgeSkipped = meters.counter(PURGE_SKIPPED,
                "Purge runs that did nothing because another run had claimed the period");
        purgeRuns = meters.counter(PURGE_RUNS, "Purge runs that claimed their period and purged");
        meters.gauge(BACKLOG, "Outbox entries waiting to be published, at the last relay run", null,
                () -> lastBacklog.get().size());
        meters.gauge(BACKLOG_AGE, "How long the oldest waiting outbox entry has waited, at the last relay run",
                "seconds", () -> lastBacklog.get().age(clock.instant()).toSeconds());
    }

    void ran(RelayRun run) {
        published.inc(run.published());
        if (run.failed()) {
            failures.inc();
        }
    }

    void failed() {
        failures.inc();
    }

    void purged(int count) {
        purged.inc(count);
    }

    void purgeRan() {
        purgeRuns.inc();
    }

    void purgeSkipped() {
        purgeSkipped.inc();
    }

    void backlog(OutboxBacklog backlog) {
        lastBacklog.set(backlog);
    }
}
