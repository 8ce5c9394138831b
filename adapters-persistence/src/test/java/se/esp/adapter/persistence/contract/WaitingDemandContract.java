package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.domain.matching.ApplicationRef;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.LanguageCode;

/**
 * What every implementation of {@link WaitingDemand} guarantees. Today only the in-memory one exists; the
 * applications area adds the JPA one (and its H2 and MariaDB subclasses) by storing applications in
 * {@link #given} and deciding them in {@link #noLongerWaiting}.
 */
public abstract class WaitingDemandContract {

    protected abstract WaitingDemand demand();

    protected abstract Transactions transactions();

    /** Stores an application that waits for a place, as the backend stores applications. */
    protected abstract void given(WaitingApplication application);

    /** Makes the application no longer wait (placed, cancelled or rejected), as the backend does. */
    protected abstract void noLongerWaiting(ApplicationRef application);

    private static WaitingApplication application(int participants, boolean urgent) {
        return new WaitingApplication(new ApplicationRef(UUID.randomUUID()), new OfferingVersionRef(UUID.randomUUID()),
                OrganisationId.newId(), participants, new LanguageCode("ti"), LocalDate.parse("2027-02-01"), urgent,
                Instant.parse("2026-11-23T09:15:30.123456Z"));
    }

    @Test
    void nothingWaitsAtFirst() {
        assertThat(transactions().inTransaction(() -> demand().waiting())).isEmpty();
    }

    @Test
    void givesBackEveryWaitingApplicationWithAllMatchingNeeds() {
        WaitingApplication normal = application(2, false);
        WaitingApplication urgent = application(1, true);
        given(normal);
        given(urgent);

        assertThat(transactions().inTransaction(() -> demand().waiting())).containsExactlyInAnyOrder(normal, urgent);
    }

    @Test
    void anApplicationThatNoLongerWaitsIsLeftOut() {
        WaitingApplication placed = application(2, false);
        WaitingApplication waiting = application(3, false);
        given(placed);
        given(waiting);

        noLongerWaiting(placed.id());

        assertThat(transactions().inTransaction(() -> demand().waiting())).containsExactly(waiting);
    }
}
