package se.esp.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.OutboxBacklog;

class OutboxHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    void isHealthyWithNothingWaiting() {
        assertThat(OutboxHealth.problem(OutboxBacklog.EMPTY, NOW, MAX)).isEmpty();
    }

    @Test
    void isHealthyWhileTheOldestWaitingEventIsYoungerThanTheLimit() {
        OutboxBacklog backlog = new OutboxBacklog(1_000, Optional.of(NOW.minus(MAX)));

        assertThat(OutboxHealth.problem(backlog, NOW, MAX)).isEmpty();
        assertThat(OutboxHealth.describe(backlog, NOW)).isEqualTo("UP: 1000 waiting, the oldest for 300 s");
    }

    @Test
    void isUnhealthyOnceTheOldestWaitingEventIsOlderThanTheLimit() {
        OutboxBacklog backlog = new OutboxBacklog(3, Optional.of(NOW.minus(MAX).minusSeconds(1)));

        assertThat(OutboxHealth.problem(backlog, NOW, MAX))
                .contains("3 events wait to be published, the oldest for 301 s (at most 300 s allowed)");
    }
}
