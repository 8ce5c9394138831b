package se.esp.application.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.Objects;

import se.esp.application.port.in.outbox.PurgePublishedEventsUseCase;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;

/**
 * Purges published outbox entries older than the retention, a batch per transaction so that no transaction holds
 * many row locks or a long undo log, and relays keep publishing between the batches. The cutoff is fixed at the
 * start of the pass, so a pass ends even while events keep being published.
 */
public final class OutboxPurge implements PurgePublishedEventsUseCase {

    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    public OutboxPurge(EventOutbox outbox, Transactions transactions, Clock clock, int batchSize) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public int purgePublished(ActingUser actor, TemporalAmount retention) {
        Authorisation.requireAnyRole(actor, "purge published events", UserRole.PLATFORM_ADMINISTRATOR);
        Objects.requireNonNull(retention, "retention");
        Instant now = clock.instant();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        if (!cutoff.isBefore(now)) {
            throw new IllegalArgumentException("the retention of published events must be positive: " + retention);
        }
        int total = 0;
        while (true) {
            int deleted = transactions.inTransaction(() -> outbox.purgePublishedBefore(cutoff, batchSize));
            total += deleted;
            if (deleted < batchSize) {
                return total;
            }
        }
    }
}
