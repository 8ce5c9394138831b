package se.esp.domain.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.resource.WeeklySlot;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.OfferingVersionId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * One run of an offering version in one language: its sessions at fixed weekly times, the resource leading it and
 * the participants, possibly of several consumer organisations (co-delivery). Its price is the offering's price per
 * participant times the participants; {@link #costShares} splits it between the consumer organisations by the
 * offering's rule with the largest-remainder method, so the shares always sum to the price.
 *
 * <p>Rules: participants join and leave only before the start, never beyond the largest group; a delivery starts
 * with at least one participant; it completes only with every participant's outcome (completed or not); it can be
 * cancelled before, during or — as a correction, credited back in settlement — after it ran.</p>
 */
public final class Delivery {

    public static final int MAX_REASON_LENGTH = 2_000;

    private final DeliveryId id;
    private final OfferingVersionId offeringVersion;
    private final OrganisationId supplier;
    private final String title;
    private final LanguageCode language;
    private final ResourceAssignment resource;
    private final List<WeeklySlot> sessionSlots;
    private final LocalDate startsOn;
    private final LocalDate lastDay;
    private final int maxParticipants;
    private final Money pricePerParticipant;
    private final CostSplitRule costSplitRule;
    private final Instant openedAt;
    private final List<Seat> seats;
    private DeliveryStatus status;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private String cancellationReason;
    private final long version;

    private Delivery(DeliveryId id, OfferingVersionId offeringVersion, OrganisationId supplier, String title,
                     LanguageCode language, ResourceAssignment resource, List<WeeklySlot> sessionSlots,
                     LocalDate startsOn, LocalDate lastDay, int maxParticipants, Money pricePerParticipant,
                     CostSplitRule costSplitRule, Instant openedAt, List<Seat> seats, DeliveryStatus status,
                     Instant startedAt, Instant completedAt, Instant cancelledAt, String cancellationReason,
                     long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.offeringVersion = Objects.requireNonNull(offeringVersion, "offeringVersion");
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.title = Objects.requireNonNull(title, "title");
        this.language = Objects.requireNonNull(language, "language");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.sessionSlots = List.copyOf(sessionSlots);
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("a delivery takes at least one participant");
        }
        this.maxParticipants = maxParticipants;
        this.pricePerParticipant = Objects.requireNonNull(pricePerParticipant, "pricePerParticipant");
        this.costSplitRule = Objects.requireNonNull(costSplitRule, "costSplitRule");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.seats = new ArrayList<>(seats);
        this.status = Objects.requireNonNull(status, "status");
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.cancelledAt = cancelledAt;
        this.cancellationReason = cancellationReason;
        this.version = version;
    }

    /** The new delivery and the event recording it. */
    public record Opening(Delivery delivery, DeliveryOpened event) {
    }

    /** A delivery matching opens, with no participants yet: {@link #seat} them next, in the same transaction. */
    public static Opening open(DeliveryId id, OfferingVersionId offeringVersion, OrganisationId supplier,
                               String title, LanguageCode language, ResourceAssignment resource,
                               List<WeeklySlot> sessionSlots, LocalDate startsOn, LocalDate lastDay,
                               int maxParticipants, Money pricePerParticipant, CostSplitRule costSplitRule,
                               Instant at) {
        Delivery delivery = new Delivery(id, offeringVersion, supplier, title, language, resource, sessionSlots,
                startsOn, lastDay, maxParticipants, pricePerParticipant, costSplitRule, at, List.of(),
                DeliveryStatus.PLANNED, null, null, null, null, 0);
        return new Opening(delivery, new DeliveryOpened(UUID.randomUUID(), at, id, offeringVersion, supplier,
                language, resource.resource(), startsOn, lastDay, pricePerParticipant, costSplitRule));
    }

    public static Delivery reconstitute(DeliveryId id, OfferingVersionId offeringVersion, OrganisationId supplier,
                                        String title, LanguageCode language, ResourceAssignment resource,
                                        List<WeeklySlot> sessionSlots, LocalDate startsOn, LocalDate lastDay,
                                        int maxParticipants, Money pricePerParticipant, CostSplitRule costSplitRule,
                                        Instant openedAt, List<Seat> seats, DeliveryStatus status,
                                        Instant startedAt, Instant completedAt, Instant cancelledAt,
                                        String cancellationReason, long version) {
        return new Delivery(id, offeringVersion, supplier, title, language, resource, sessionSlots, startsOn,
                lastDay, maxParticipants, pricePerParticipant, costSplitRule, openedAt, seats, status, startedAt,
                completedAt, cancelledAt, cancellationReason, version);
    }

    /** An application's participants join; only before the start, never beyond the largest group. */
    public DeliverySeatsChanged seat(ApplicationId application, OrganisationId consumer,
                                     List<ParticipantId> participants, Instant at) {
        requireStatus("take participants", DeliveryStatus.PLANNED);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an application seats at least one participant");
        }
        if (seats.stream().anyMatch(s -> s.application().equals(application))) {
            throw new DomainException(ErrorCode.DELIVERY_STATUS_CONFLICT,
                    "application " + application + " already has its places in delivery " + id);
        }
        if (seats.size() + participants.size() > maxParticipants) {
            throw new DomainException(ErrorCode.DELIVERY_STATUS_CONFLICT, "delivery " + id + " has "
                    + (maxParticipants - seats.size()) + " places left, not " + participants.size());
        }
        participants.forEach(p -> seats.add(new Seat(application, consumer, p, null)));
        return new DeliverySeatsChanged(UUID.randomUUID(), at, id, application, consumer, participants.size(),
                seats.size());
    }

    /** An application's participants leave (cancelled or rejected before the start); empty if it had no places. */
    public Optional<DeliverySeatsChanged> release(ApplicationId application, Instant at) {
        List<Seat> leaving = seats.stream().filter(s -> s.application().equals(application)).toList();
        if (leaving.isEmpty()) {
            return Optional.empty();
        }
        requireStatus("let participants leave", DeliveryStatus.PLANNED);
        seats.removeAll(leaving);
        return Optional.of(new DeliverySeatsChanged(UUID.randomUUID(), at, id, application,
                leaving.get(0).consumer(), -leaving.size(), seats.size()));
    }

    /** The supplier starts it; from now on nobody joins or leaves. */
    public DeliveryStatusChanged start(Instant at) {
        requireStatus("start", DeliveryStatus.PLANNED);
        if (seats.isEmpty()) {
            throw new DomainException(ErrorCode.DELIVERY_STATUS_CONFLICT,
                    "delivery " + id + " has no participants; cancel it instead");
        }
        startedAt = Objects.requireNonNull(at, "at");
        return moveTo(DeliveryStatus.IN_PROGRESS, 0, null, at);
    }

    /**
     * It ran: every participant's outcome, completed or not, and it is sold. Outcomes are named by participant
     * id; a participant missing or not in this delivery is refused by field ({@code outcomes[<id>]}).
     */
    public DeliveryStatusChanged complete(Map<ParticipantId, ParticipationOutcome> outcomes, Instant at) {
        requireStatus("complete", DeliveryStatus.IN_PROGRESS);
        Violations violations = new Violations();
        Set<ParticipantId> known = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        seats.forEach(s -> known.add(s.participant()));
        for (ParticipantId participant : outcomes.keySet()) {
            if (!known.contains(participant)) {
                violations.add("outcomes[" + participant + "]", ViolationCode.UNKNOWN_VALUE,
                        "is not a participant of this delivery");
            }
        }
        for (Seat seat : seats) {
            if (outcomes.get(seat.participant()) == null) {
                violations.add("outcomes[" + seat.participant() + "]", ViolationCode.REQUIRED,
                        "every participant's outcome is needed: COMPLETED or NOT_COMPLETED");
            }
        }
        violations.throwIfAny();
        seats.replaceAll(s -> s.withOutcome(outcomes.get(s.participant())));
        completedAt = Objects.requireNonNull(at, "at");
        int completed = (int) seats.stream().filter(s -> s.outcome() == ParticipationOutcome.COMPLETED).count();
        return moveTo(DeliveryStatus.COMPLETED, completed, null, at);
    }

    /**
     * Calls it off. Before the start its applications wait again; while running they end; after completion it is a
     * correction, credited back in the settlement of the month it is recorded in.
     */
    public DeliveryStatusChanged cancel(String reason, Instant at) {
        requireStatus("be cancelled", DeliveryStatus.PLANNED, DeliveryStatus.IN_PROGRESS, DeliveryStatus.COMPLETED);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", ViolationCode.REQUIRED, "say why the delivery is cancelled");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw ValidationException.of("reason", ViolationCode.TOO_LONG,
                    "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        cancelledAt = Objects.requireNonNull(at, "at");
        cancellationReason = reason.strip();
        return moveTo(DeliveryStatus.CANCELLED, 0, cancellationReason, at);
    }

    /** The price: per participant × participants. */
    public Money price() {
        return pricePerParticipant.times(seats.size());
    }

    /**
     * The price split between the consumer organisations by the offering's rule, largest remainder, in the order the
     * organisations joined.
     *
     * @param populations each consumer organisation's population; used only when the rule is by population
     */
    public List<CostShare> costShares(Map<OrganisationId, Long> populations) {
        return DeliverySale.costShares(price(), costSplitRule, places(), populations);
    }

    /**
     * Each application's part of the price: its organisation's {@link #costShares share}, split between that
     * organisation's applications by participants (largest remainder), so the parts sum to the price.
     */
    public Map<ApplicationId, Money> sharesByApplication(Map<OrganisationId, Long> populations) {
        return DeliverySale.sharesByApplication(price(), costSplitRule, places(), populations);
    }

    /** This delivery as settlement reads it; only once it has completed. */
    public DeliverySale asSale() {
        return new DeliverySale(id, supplier, completedAt().orElseThrow(() -> new IllegalStateException(
                "delivery " + id + " has not completed")), pricePerParticipant, costSplitRule, resource, places());
    }

    private List<DeliverySale.Place> places() {
        return seats.stream().map(s -> new DeliverySale.Place(s.application(), s.consumer())).toList();
    }

    /** Participants per consumer organisation, in the order the organisations joined. */
    public Map<OrganisationId, Integer> participantsPerConsumer() {
        Map<OrganisationId, Integer> result = new LinkedHashMap<>();
        seats.forEach(s -> result.merge(s.consumer(), 1, Integer::sum));
        return result;
    }

    /** What matching knows of it while it is planned or running. */
    public OpenDelivery asOpen() {
        return new OpenDelivery(id.value(), offeringVersion, language, resource.resource(), sessionSlots, startsOn,
                seats.size());
    }

    public boolean hasParticipant(ParticipantId participant) {
        return seats.stream().anyMatch(s -> s.participant().equals(participant));
    }

    public boolean seatsConsumer(OrganisationId consumer) {
        return seats.stream().anyMatch(s -> s.consumer().equals(consumer));
    }

    public List<ApplicationId> applications() {
        return seats.stream().map(Seat::application).distinct().toList();
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "delivery " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    private DeliveryStatusChanged moveTo(DeliveryStatus next, int completed, String reason, Instant at) {
        DeliveryStatus previous = status;
        status = next;
        return new DeliveryStatusChanged(UUID.randomUUID(), at, id, previous, next, seats.size(), completed, reason);
    }

    private void requireStatus(String action, DeliveryStatus... allowed) {
        for (DeliveryStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainException(ErrorCode.DELIVERY_STATUS_CONFLICT,
                "delivery " + id + " is " + status + " and cannot " + action);
    }

    public DeliveryId id() {
        return id;
    }

    public OfferingVersionId offeringVersion() {
        return offeringVersion;
    }

    public OrganisationId supplier() {
        return supplier;
    }

    /** The offering's title, for listings and explanations. */
    public String title() {
        return title;
    }

    public LanguageCode language() {
        return language;
    }

    public ResourceAssignment resource() {
        return resource;
    }

    public List<WeeklySlot> sessionSlots() {
        return sessionSlots;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public int maxParticipants() {
        return maxParticipants;
    }

    public Money pricePerParticipant() {
        return pricePerParticipant;
    }

    public CostSplitRule costSplitRule() {
        return costSplitRule;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<Seat> seats() {
        return List.copyOf(seats);
    }

    public DeliveryStatus status() {
        return status;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    /** The resource hours the whole delivery takes. */
    public BigDecimal resourceHours() {
        return resource.hours();
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Delivery[" + id + ", " + status + ", " + seats.size() + " participants]";
    }
}
