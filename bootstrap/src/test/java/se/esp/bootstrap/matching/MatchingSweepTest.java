package se.esp.bootstrap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.port.in.matching.RequestDailyMatchingUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

/** One sweep, run directly: the day's run asked for as the platform, then the pending requests served. */
class MatchingSweepTest {

    private final List<String> calls = new ArrayList<>();
    private final List<ActingUser> actors = new ArrayList<>();
    private final MatchingSweep sweep = new MatchingSweep();
    private RuntimeException dailyFails;

    @BeforeEach
    void wire() {
        sweep.daily = actor -> {
            actors.add(actor);
            calls.add("daily");
            if (dailyFails != null) {
                throw dailyFails;
            }
            return true;
        };
        sweep.matching = new MatchingTrigger() {
            @Override
            public void requestWithin(String reason) {
                calls.add("request " + reason);
            }

            @Override
            public void runRequested() {
                calls.add("run");
            }
        };
    }

    @Test
    void asksForTheDailyRunAsThePlatformThenServesThePendingRequests() {
        sweep.sweepOnce();

        assertThat(calls).containsExactly("daily", "run");
        assertThat(actors).singleElement().satisfies(actor -> {
            assertThat(actor.userId()).isEqualTo("system:matching-sweep");
            assertThat(actor.has(UserRole.PLATFORM_ADMINISTRATOR)).isTrue();
        });
    }

    @Test
    void aFailedDailyRequestStillServesThePendingRequestsAndDoesNotEndTheSchedule() {
        dailyFails = new IllegalStateException("database gone");

        sweep.sweepOnce();

        assertThat(calls).containsExactly("daily", "run");
    }
}
