package se.esp.bootstrap.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The platform's time: the system clock in UTC. Scenarios and tests use clocks of their own. */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = Clock.systemUTC();

    @Produces
    Clock clock() {
        return clock;
    }
}
