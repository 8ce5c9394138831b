package se.esp.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Transactions;
import se.esp.domain.matching.OfferingVersionRef;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.LanguageCode;

/**
 * What every implementation of {@link OpenDeliveries} guarantees. Today only the in-memory one exists; the
 * deliveries area adds the JPA one by storing deliveries in {@link #given} and ending them in {@link #ended}.
 */
public abstract class OpenDeliveriesContract {

    protected abstract OpenDeliveries deliveries();

    protected abstract Transactions transactions();

    /** Stores a planned or running delivery with its participants, as the backend stores deliveries. */
    protected abstract void given(OpenDelivery delivery);

    /** Completes or cancels the delivery, as the backend does. */
    protected abstract void ended(UUID delivery);

    private static OpenDelivery delivery(int participants) {
        return new OpenDelivery(UUID.randomUUID(), new OfferingVersionRef(UUID.randomUUID()), new LanguageCode("ar"),
                ResourceId.newId(), List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "09:00", "10:00"),
                WeeklySlot.of(DayOfWeek.THURSDAY, "13:30", "14:30")), LocalDate.parse("2027-01-11"), participants);
    }

    @Test
    void givesBackEveryPlannedOrRunningDeliveryWithItsBookedTimes() {
        OpenDelivery full = delivery(8);
        OpenDelivery room = delivery(3);
        given(full);
        given(room);

        assertThat(transactions().inTransaction(() -> deliveries().current())).containsExactlyInAnyOrder(full, room);
    }

    @Test
    void anEndedDeliveryNoLongerBooksTime() {
        OpenDelivery ended = delivery(3);
        given(ended);

        ended(ended.id());

        assertThat(transactions().inTransaction(() -> deliveries().current())).isEmpty();
    }
}
