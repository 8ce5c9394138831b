package se.esp.domain.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;

/**
 * When could one more participant start an offering in a language? The day matching would place a new urgent
 * application of one participant that asks to start as soon as possible, worked out by asking the {@link
 * MatchingEngine} itself, so the forecast follows exactly the rules that place applications: join an open delivery
 * that has not started and has room, else open one with an eligible resource that has free weekly time within its
 * cap. The engine sees every open delivery as booking its resource's weekly time; a delivery's booking ends after its
 * last day, so when nothing fits today the next candidates are the days after the last days of the deliveries led by
 * the resources that could take it, earliest first, up to a horizon.
 *
 * <p>Urgency stands in for "as soon as possible": it lets the probe open a delivery below the minimum group size,
 * which is a question of demand, not of capacity. Waiting applications are not in the probe: matching runs after
 * every change, so whatever still waits cannot be placed now (or waits for a group), and takes no capacity.</p>
 */
public final class StartForecast {

    private static final ApplicationId PROBE = new ApplicationId(new UUID(0, 0));
    private static final OrganisationId NOBODY = new OrganisationId(new UUID(0, 0));

    private StartForecast() {
    }

    /**
     * @param asOf        today
     * @param requirement what the offering version asks
     * @param language    the delivery language asked about; one of the requirement's
     * @param resources   the supply as of today (those without the competences or language are ignored)
     * @param open        the planned and running deliveries, at least those led by these resources and those of the
     *                    offering version
     * @param lastDays    the last day of each open delivery whose plan is known; one missing books its resource's
     *                    time for good
     * @param until       the last day worth a look (inclusive)
     * @return the first day a participant could start, or empty when none up to {@code until}
     */
    public static Optional<LocalDate> nextStart(LocalDate asOf, OfferingRequirement requirement, LanguageCode language,
                                                List<ResourceSupply> resources, List<OpenDelivery> open,
                                                Map<UUID, LocalDate> lastDays, LocalDate until) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(language, "language");
        if (!requirement.languages().contains(language)) {
            return Optional.empty();
        }
        List<ResourceSupply> eligible = resources.stream()
                .filter(r -> r.languages().contains(language)
                        && r.competences().keySet().containsAll(requirement.competences()))
                .toList();
        List<OpenDelivery> relevant = open.stream()
                .filter(d -> d.offeringVersion().equals(requirement.offeringVersion())
                        || eligible.stream().anyMatch(r -> r.id().equals(d.resource())))
                .toList();
        TreeSet<LocalDate> candidates = new TreeSet<>();
        candidates.add(asOf);
        for (OpenDelivery delivery : relevant) {
            LocalDate lastDay = lastDays.get(delivery.id());
            if (lastDay != null && !lastDay.isBefore(asOf)) {
                candidates.add(lastDay.plusDays(1));
            }
        }
        for (LocalDate day : candidates) {
            if (day.isAfter(until)) {
                break;
            }
            Optional<LocalDate> start = probe(day, requirement, language, eligible, relevant, lastDays);
            if (start.isPresent()) {
                return start.filter(d -> !d.isAfter(until));
            }
        }
        return Optional.empty();
    }

    /** The start matching would give the probe on {@code day}, with the deliveries over by then gone. */
    private static Optional<LocalDate> probe(LocalDate day, OfferingRequirement requirement, LanguageCode language,
                                             List<ResourceSupply> eligible, List<OpenDelivery> open,
                                             Map<UUID, LocalDate> lastDays) {
        List<OpenDelivery> stillBooking = new ArrayList<>();
        for (OpenDelivery delivery : open) {
            LocalDate lastDay = lastDays.get(delivery.id());
            if (lastDay == null || !lastDay.isBefore(day)) {
                stillBooking.add(delivery);
            }
        }
        WaitingApplication probe = new WaitingApplication(PROBE, requirement.offeringVersion(), NOBODY, 1, language,
                day, true, Instant.EPOCH);
        MatchingResult result = MatchingEngine.match(new MatchingInput(day, List.of(requirement), List.of(probe),
                eligible, stillBooking));
        return result.placementOf(PROBE).flatMap(p -> result.delivery(p.delivery()).map(PlannedDelivery::startsOn)
                .or(() -> stillBooking.stream().filter(d -> DeliveryKey.existing(d.id()).equals(p.delivery()))
                        .map(OpenDelivery::startsOn).findFirst()));
    }
}
