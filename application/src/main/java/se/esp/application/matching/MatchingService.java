package se.esp.application.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.esp.application.port.in.matching.RequestDailyMatchingUseCase;
import se.esp.application.port.in.matching.RunMatchingUseCase;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.MatchingRuns;
import se.esp.application.port.out.OfferingRequirements;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.OpenDeliveries;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.port.out.WaitingDemand;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationStatus;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.ResourceAssignment;
import se.esp.domain.matching.DeliveryKey;
import se.esp.domain.matching.MatchingEngine;
import se.esp.domain.matching.MatchingInput;
import se.esp.domain.matching.MatchingQueue;
import se.esp.domain.matching.MatchingScope;
import se.esp.domain.matching.MatchingResult;
import se.esp.domain.matching.OfferingRequirement;
import se.esp.domain.matching.OpenDelivery;
import se.esp.domain.matching.Placement;
import se.esp.domain.matching.PlannedDelivery;
import se.esp.domain.matching.ResourceSupply;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.matching.WaitlistEntry;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Resource;
import se.esp.domain.resource.ResourceId;
import se.esp.domain.resource.ResourceStatus;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * Matching, run and stored. A run reads demand, supply, requirements and open deliveries in one transaction (one
 * consistent picture), lets {@link MatchingEngine} decide as of today (the clock's date), and stores the decisions in
 * the same transaction: new deliveries opened, placed applications {@code MATCHED} with their explanation and their
 * participants seated, waiting ones {@code WAITLISTED} with the reason, a resource {@code ACTIVE} on its first
 * assignment — every change with its event in the outbox.
 *
 * <p><b>Automatically</b> ({@link MatchingTrigger}): receiving an application, verifying or reinstating a resource,
 * changing a resource's profile, cancelling or rejecting an application and cancelling or completing a delivery each
 * record a request in their own transaction and run matching right after their commit. Runs are serialised across
 * every server on the database ({@link MatchingRuns#lockAndFindPending}), so two runs never place against the same
 * free hours; a run serves every request pending when it starts, so a burst of changes costs one run, not one
 * each; and on one server, callers arriving while a run works wait for it and then share the next run
 * ({@link #runRequested}), rather than each taking the database lock in turn. Resuming an offering is a trigger too; and because a competence expiring or an earliest start arriving
 * changes the results with no change recorded, the platform's sweep {@link #requestDailyRun requests} one run a day,
 * claimed on the database so that of several servers only one requests it.</p>
 */
public final class MatchingService implements RunMatchingUseCase, RequestDailyMatchingUseCase, MatchingTrigger {

    private static final System.Logger LOG = System.getLogger(MatchingService.class.getName());

    private final WaitingDemand demand;
    private final Applications applications;
    private final Resources resources;
    private final Organisations organisations;
    private final OfferingRequirements requirements;
    private final Offerings offerings;
    private final OpenDeliveries openDeliveries;
    private final Deliveries deliveries;
    private final MatchingRuns runs;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    /** Passes begun and finished on this server, and whether one runs; guarded by {@link #gate}. */
    private final Object gate = new Object();
    private long begun;
    private long finished;
    private boolean running;
    private int waiting;

    public MatchingService(WaitingDemand demand, Applications applications, Resources resources,
                           Organisations organisations, OfferingRequirements requirements, Offerings offerings,
                           OpenDeliveries openDeliveries, Deliveries deliveries, MatchingRuns runs,
                           EventOutbox outbox, Transactions transactions, Clock clock) {
        this.demand = Objects.requireNonNull(demand, "demand");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.openDeliveries = Objects.requireNonNull(openDeliveries, "openDeliveries");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MatchingResult run(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "run matching", UserRole.PLATFORM_ADMINISTRATOR, UserRole.COORDINATOR);
        return transactions.inTransaction(() -> {
            OptionalLong pending = runs.lockAndFindPending();
            MatchingResult result = matchAndStore();
            if (pending.isPresent()) {
                runs.served(pending.getAsLong(), clock.instant());
            }
            return result;
        });
    }

    @Override
    public boolean requestDailyRun(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "request the daily matching run", UserRole.PLATFORM_ADMINISTRATOR);
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            if (!runs.claimDailyRun(today)) {
                return false;
            }
            runs.request("daily run for " + today + ": competences expire and earliest starts arrive",
                    clock.instant());
            return true;
        });
    }

    @Override
    public void requestWithin(String reason) {
        runs.request(reason, clock.instant());
    }

    @Override
    public void requestFor(MatchingQueue queue, String reason) {
        runs.requestFor(queue, reason, clock.instant());
    }

    /**
     * Coalesced on this server: a caller needs a run that starts after its request committed. While one runs, later
     * callers wait for it to finish and then one of them runs for all of them (one run serves every pending request),
     * instead of each queueing on the database lock to find, one after the other, that nothing is left. Across
     * servers the database lock still orders the runs.
     */
    @Override
    public void runRequested() {
        long pass;
        synchronized (gate) {
            long needed = begun + 1;
            while (running && finished < needed) {
                waiting++;
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    // The request stays pending: the next run or the periodic sweep serves it.
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    waiting--;
                }
            }
            if (finished >= needed) {
                return;
            }
            running = true;
            pass = ++begun;
        }
        try {
            runOnce();
        } finally {
            synchronized (gate) {
                finished = pass;
                running = false;
                gate.notifyAll();
            }
        }
    }

    /** Callers waiting for a run on this server (for tests of the coalescing). */
    int waitingCallers() {
        synchronized (gate) {
            return waiting;
        }
    }

    /** One run over what the pending requests ask for, if any; a failure leaves them pending. */
    private void runOnce() {
        try {
            transactions.inTransaction(() -> {
                Optional<MatchingRuns.Pending> pending = runs.lockAndFindPendingRequests();
                if (pending.isEmpty()) {
                    return Optional.<MatchingResult>empty();
                }
                MatchingResult result = pending.get().everything() ? matchAndStore()
                        : matchAndStore(MatchingScope.of(pending.get().queues()));
                runs.served(pending.get().upTo(), clock.instant());
                return Optional.of(result);
            });
        } catch (RuntimeException e) {
            // The requests stay pending: the next change's run or the periodic sweep serves them.
            LOG.log(System.Logger.Level.WARNING, "a matching run failed; it is retried with the next", e);
        }
    }

    /** One run: decide, then store every decision. Inside the caller's transaction, after the lock. */
    private MatchingResult matchAndStore() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        MatchingResult result = MatchingEngine.match(input(today));
        new Storing(now, applications::waitStates).store(result);
        return result;
    }

    /**
     * A run over some queues (see {@link MatchingScope}): reads only their waiting applications, the resources that
     * serve them with every delivery those lead, and their own deliveries; decides and stores as a run over everything
     * would. Then, if it opened deliveries, the queues outside whose minimum-group waits name a resource it booked are
     * decided again (nobody is placed there; their waits are brought up to date).
     */
    private MatchingResult matchAndStore(MatchingScope scope) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Scoped pass = new Scoped(scope, today);
        MatchingResult result = MatchingEngine.match(pass.input);
        new Storing(now, ids -> pass.decisions).store(result);
        if (result.deliveries().stream().anyMatch(PlannedDelivery::isNew)) {
            Set<MatchingQueue> forAGroup = demand.waitingForAGroup();
            if (!forAGroup.isEmpty()) {
                Map<MatchingQueue, OfferingRequirement> waitingForAGroup = new TreeMap<>();
                Map<OfferingVersionId, OfferingRequirement> byVersion = new HashMap<>();
                Set<OfferingVersionId> versions = new TreeSet<>();
                forAGroup.forEach(q -> versions.add(q.offeringVersion()));
                requirements.onOffer(versions).forEach(r -> byVersion.put(r.offeringVersion(), r));
                forAGroup.forEach(q -> {
                    OfferingRequirement requirement = byVersion.get(q.offeringVersion());
                    if (requirement != null) {
                        waitingForAGroup.put(q, requirement);
                    }
                });
                Set<MatchingQueue> touched = scope.touchedBy(result, pass.input.resources(), waitingForAGroup);
                if (!touched.isEmpty()) {
                    Scoped other = new Scoped(MatchingScope.of(touched), today);
                    MatchingResult again = MatchingEngine.match(other.input);
                    new Storing(now, ids -> other.decisions).store(again);
                }
            }
        }
        return result;
    }

    /** The input of a run over some queues, read from storage without the rest. */
    private final class Scoped {

        final MatchingInput input;
        /** The stored decisions of those waiting in the scope's queues, read with them. */
        final Map<ApplicationId, Applications.WaitState> decisions;

        Scoped(MatchingScope scope, LocalDate today) {
            List<OfferingRequirement> onOffer = requirements.onOffer(scope.versions());
            Map<OfferingVersionId, OfferingRequirement> byVersion = new HashMap<>();
            onOffer.forEach(r -> byVersion.put(r.offeringVersion(), r));
            WaitingDemand.Queues read = demand.waitingAndDecidedIn(scope.queues());
            this.decisions = read.decisions();
            List<WaitingApplication> waiting = read.waiting();
            Map<OrganisationId, String> employers = new HashMap<>();
            List<ResourceSupply> supply = waiting.isEmpty() ? List.of()
                    : resources.matchableSpeaking(scope.languages()).stream()
                    .map(r -> ResourceSupply.of(r, today, employerName(r, employers)))
                    .filter(s -> !s.competences().isEmpty() && scope.needs(s, byVersion))
                    .toList();
            List<ResourceId> leading = supply.stream().map(ResourceSupply::id).toList();
            List<OpenDelivery> open = openDeliveries.forMatching(leading, scope.queues());
            this.input = new MatchingInput(today, onOffer, waiting, supply, open);
        }
    }

    private MatchingInput input(LocalDate today) {
        List<WaitingApplication> waiting = demand.waiting();
        List<OpenDelivery> open = openDeliveries.current();
        Set<OfferingVersionId> versions = new TreeSet<>();
        waiting.forEach(a -> versions.add(a.offeringVersion()));
        open.forEach(d -> versions.add(d.offeringVersion()));
        List<OfferingRequirement> onOffer = versions.isEmpty() ? List.of() : requirements.onOffer(versions);
        Map<OrganisationId, String> employers = new HashMap<>();
        List<ResourceSupply> supply = waiting.isEmpty() ? List.of() : resources.matchable().stream()
                .map(r -> ResourceSupply.of(r, today, employerName(r, employers)))
                .filter(s -> !s.competences().isEmpty())
                .toList();
        return new MatchingInput(today, onOffer, waiting, supply, open);
    }

    private String employerName(Resource resource, Map<OrganisationId, String> known) {
        return resource.profile().employerIfAny()
                .map(employer -> known.computeIfAbsent(employer, id -> organisations.findById(id)
                        .map(Organisation::name).map(Object::toString).orElse("an organisation no longer registered")))
                .orElse(null);
    }

    /** Stores one run's decisions; knows the deliveries and offerings it has touched. */
    private final class Storing {

        private final Instant now;
        /** The stored wait states of (at least) the waitlisted applications given. */
        private final java.util.function.Function<List<ApplicationId>, Map<ApplicationId, Applications.WaitState>>
                waitStates;
        private final Map<DeliveryKey, Delivery> touched = new LinkedHashMap<>();
        private final Map<OfferingVersionId, Offering> offeringsByVersion = new HashMap<>();
        private final List<DomainEvent> deliveryEvents = new ArrayList<>();
        private final List<DomainEvent> otherEvents = new ArrayList<>();

        Storing(Instant now, java.util.function.Function<List<ApplicationId>,
                Map<ApplicationId, Applications.WaitState>> waitStates) {
            this.now = now;
            this.waitStates = waitStates;
        }

        void store(MatchingResult result) {
            for (PlannedDelivery planned : result.deliveries()) {
                if (planned.isNew()) {
                    touched.put(planned.key(), open(planned));
                }
            }
            Map<ApplicationId, Applications.WaitState> states = result.waitlist().isEmpty() ? Map.of()
                    : waitStates.apply(result.waitlist().stream().map(WaitlistEntry::application).toList());
            List<WaitlistEntry> changedWaits = result.waitlist().stream().filter(entry -> {
                Applications.WaitState state = states.get(entry.application());
                return state == null || state.status() != ApplicationStatus.WAITLISTED
                        || !entry.reason().name().equals(state.waitReason())
                        || !entry.explanation().equals(state.explanation());
            }).toList();
            // Every application decided anew, read together and stored together: a pass after a burst of
            // submissions decides hundreds, and one round trip each would make it wait on the database.
            List<ApplicationId> deciding = new ArrayList<>();
            result.placements().forEach(p -> deciding.add(p.application()));
            changedWaits.forEach(w -> deciding.add(w.application()));
            Map<ApplicationId, Application> read = new HashMap<>();
            applications.findAllById(deciding).forEach(a -> read.put(a.id(), a));
            List<Application> decided = new ArrayList<>(deciding.size());
            for (Placement placement : result.placements()) {
                Application application = application(read, placement.application());
                Delivery delivery = delivery(placement.delivery());
                deliveryEvents.add(delivery.seat(placement.application(), application.consumer(),
                        application.participantIds(), now));
                otherEvents.add(application.match(delivery.id(), placement.explanation(), now));
                decided.add(application);
            }
            for (WaitlistEntry entry : changedWaits) {
                Application application = application(read, entry.application());
                application.waitlist(entry.reason().name(), entry.explanation(), now).ifPresent(otherEvents::add);
                decided.add(application);
            }
            applications.saveDecisions(decided);
            touched.values().forEach(deliveries::save);
            outbox.appendAll(deliveryEvents);
            outbox.appendAll(otherEvents);
        }

        private Delivery open(PlannedDelivery planned) {
            Offering offering = offeringsByVersion.computeIfAbsent(planned.offeringVersion(), ref ->
                    offerings.findByVersion(ref).orElseThrow(() ->
                            new IllegalStateException("matching opened a delivery of unknown version " + ref)));
            OfferingVersion version = offering.version(planned.offeringVersion())
                    .orElseThrow();
            Resource resource = resources.findById(planned.resource()).orElseThrow(() ->
                    new IllegalStateException("matching assigned unknown resource " + planned.resource()));
            if (resource.status() == ResourceStatus.VERIFIED) {
                otherEvents.add(resource.activate("first assignment: a delivery of \"" + version.title()
                        + "\" starting " + planned.startsOn(), now));
                resources.save(resource);
            }
            var content = version.content();
            var opening = Delivery.open(DeliveryId.newId(), planned.offeringVersion(), offering.supplier(),
                    version.title(), planned.language(), new ResourceAssignment(resource.id(),
                            resource.profile().displayName(), resource.profile().employerIfAny().orElse(null),
                            resource.profile().hourlyRate(), content.resourceHoursPerDelivery()),
                    planned.sessionSlots(), planned.startsOn(), planned.lastDay(), content.groupSize().max(),
                    content.pricePerParticipant(), content.costSplitRule(), now);
            deliveryEvents.add(opening.event());
            return opening.delivery();
        }

        private Delivery delivery(DeliveryKey key) {
            return touched.computeIfAbsent(key, k -> deliveries.findById(new DeliveryId(java.util.UUID.fromString(
                    k.value()))).orElseThrow(() -> new IllegalStateException("no open delivery " + k)));
        }

        private Application application(Map<ApplicationId, Application> read, ApplicationId id) {
            Application application = read.get(id);
            if (application == null) {
                throw new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "matching decided on unknown application "
                        + id);
            }
            return application;
        }
    }
}
