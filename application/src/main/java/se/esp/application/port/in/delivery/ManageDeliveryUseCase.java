package se.esp.application.port.in.delivery;

import se.esp.application.security.ActingUser;

public interface ManageDeliveryUseCase {

    /**
     * Supplier staff of the delivering supplier start it; its applications move to {@code IN_PROGRESS} (a placement
     * not confirmed yet is confirmed by the start).
     */
    DeliveryView start(ActingUser actor, DeliveryChange change);

    /**
     * Supplier staff of the delivering supplier, or the resource person leading it, record every participant's
     * outcome (completed or not): the delivery and its applications complete, each participant's participation
     * completes (the retention period of their personal data starts), the resource's time is freed and the delivery
     * is sold — settled in this month.
     */
    DeliveryView complete(ActingUser actor, CompleteDeliveryCommand command);

    /**
     * Supplier staff of the delivering supplier cancel it before or while it runs; platform administrators also after
     * it completed, as a correction (credited back in the month it is recorded). Before the start its applications
     * wait for matching again; afterwards they end as cancelled.
     */
    DeliveryView cancel(ActingUser actor, DeliveryChange change);
}
