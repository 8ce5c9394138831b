package se.esp.domain.matching;

import java.util.List;
import java.util.Optional;

import se.esp.domain.shared.ApplicationId;

/**
 * What a run decided: each waiting application either placed (with the delivery and resource) or waitlisted (with
 * the reason), and the deliveries that opened or took participants.
 */
public record MatchingResult(List<Placement> placements, List<WaitlistEntry> waitlist,
                             List<PlannedDelivery> deliveries, int waitingParticipants, int placedParticipants) {

    public MatchingResult {
        placements = List.copyOf(placements);
        waitlist = List.copyOf(waitlist);
        deliveries = List.copyOf(deliveries);
    }

    public Optional<Placement> placementOf(ApplicationId application) {
        return placements.stream().filter(p -> p.application().equals(application)).findFirst();
    }

    public Optional<WaitlistEntry> waitlistEntryOf(ApplicationId application) {
        return waitlist.stream().filter(w -> w.application().equals(application)).findFirst();
    }

    public Optional<PlannedDelivery> delivery(DeliveryKey key) {
        return deliveries.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** Share of the waiting participants that got a place, 0 to 1 (1 when nobody waited). */
    public double fillRate() {
        return waitingParticipants == 0 ? 1.0 : (double) placedParticipants / waitingParticipants;
    }
}
