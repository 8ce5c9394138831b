package se.esp.application.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.credential.IssueCredentialsOnCompletion;
import se.esp.application.port.in.delivery.CompleteDeliveryCommand;
import se.esp.application.port.in.delivery.DeliveryChange;
import se.esp.application.port.in.delivery.DeliveryFilter;
import se.esp.application.port.in.delivery.DeliveryView;
import se.esp.application.port.in.delivery.GetDeliveryQuery;
import se.esp.application.port.in.delivery.ListDeliveriesQuery;
import se.esp.application.port.in.delivery.ManageDeliveryUseCase;
import se.esp.application.port.in.participant.CompleteParticipationUseCase;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Organisations;
import se.esp.application.port.out.Resources;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Application;
import se.esp.domain.delivery.CostShare;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.delivery.DeliveryStatus;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.resource.Resource;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Deliveries after matching opened them. Who may do what: the delivering supplier's staff start, complete and cancel
 * (before or during the run); the resource person leading it records the participants' outcomes too; platform
 * administrators cancel also after completion, as a correction. Consumer staff of an organisation with participants
 * in it read it (their own seats and share). Anybody else is told it does not exist. Completing it issues, in the
 * same transaction, the micro-credentials its participants earned.
 */
public final class DeliveryService implements GetDeliveryQuery, ListDeliveriesQuery, ManageDeliveryUseCase {

    /** Completing participations is the platform's own step of a delivery's completion, not the caller's. */
    static final ActingUser COMPLETION = ActingUser.system("delivery-completion");

    private final Deliveries deliveries;
    private final Applications applications;
    private final Resources resources;
    private final Organisations organisations;
    private final CompleteParticipationUseCase participations;
    private final IssueCredentialsOnCompletion credentials;
    private final MatchingTrigger matching;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public DeliveryService(Deliveries deliveries, Applications applications, Resources resources,
                           Organisations organisations, CompleteParticipationUseCase participations,
                           IssueCredentialsOnCompletion credentials, MatchingTrigger matching,
                           EventOutbox outbox, Transactions transactions, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.participations = Objects.requireNonNull(participations, "participations");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.matching = Objects.requireNonNull(matching, "matching");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DeliveryView get(ActingUser actor, DeliveryId id) {
        requireReaderRole(actor, "read a delivery");
        return transactions.inTransaction(() -> {
            Delivery delivery = deliveries.findById(id).orElseThrow(() -> notFound(id));
            return view(actor, delivery).orElseThrow(() -> notFound(id));
        });
    }

    @Override
    public Page<DeliveryView> list(ActingUser actor, DeliveryFilter filter, PageRequest page) {
        requireReaderRole(actor, "list deliveries");
        return transactions.inTransaction(() -> {
            DeliveryFilter scoped;
            if (actor.has(UserRole.PLATFORM_ADMINISTRATOR)) {
                scoped = filter;
            } else if (actor.has(UserRole.SUPPLIER_STAFF)) {
                scoped = filter.ofSupplier(Authorisation.requireOrganisation(actor, "list deliveries"));
            } else if (actor.has(UserRole.CONSUMER_STAFF)) {
                scoped = filter.seatingConsumer(Authorisation.requireOrganisation(actor, "list deliveries"));
            } else {
                Optional<Resource> own = resources.findByPersonUserId(actor.userId());
                if (own.isEmpty()) {
                    return new Page<DeliveryView>(List.of(), page, 0);
                }
                scoped = filter.ledBy(own.get().id());
            }
            return deliveries.list(scoped, page).map(d -> view(actor, d).orElseThrow());
        });
    }

    @Override
    public DeliveryView start(ActingUser actor, DeliveryChange change) {
        Authorisation.requireAnyRole(actor, "start a delivery", UserRole.SUPPLIER_STAFF);
        return change(actor, change.id(), change.expectedVersion(), this::requireSupplierStaff, (delivery, now) -> {
            List<DomainEvent> events = new ArrayList<>();
            events.add(delivery.start(now));
            forEachApplication(delivery, application -> events.add(application.start(now)));
            return events;
        });
    }

    @Override
    public DeliveryView complete(ActingUser actor, CompleteDeliveryCommand command) {
        Authorisation.requireAnyRole(actor, "complete a delivery", UserRole.SUPPLIER_STAFF, UserRole.RESOURCE_PERSON);
        DeliveryView completed = change(actor, command.id(), command.expectedVersion(),
                this::requireSupplierStaffOrLeader, (delivery, now) -> {
                    List<DomainEvent> events = new ArrayList<>();
                    events.add(delivery.complete(command.outcomes(), now));
                    events.addAll(credentials.issueFor(delivery));
                    forEachApplication(delivery, application -> events.add(application.complete(now)));
                    // The participations ended: the retention period of the personal data starts now.
                    delivery.seats().forEach(seat -> participations.complete(COMPLETION, seat.participant()));
                    matching.requestWithin("delivery " + delivery.id() + " completed; its resource's hours are free");
                    return events;
                });
        matching.runRequested();
        return completed;
    }

    @Override
    public DeliveryView cancel(ActingUser actor, DeliveryChange change) {
        Authorisation.requireAnyRole(actor, "cancel a delivery", UserRole.SUPPLIER_STAFF,
                UserRole.PLATFORM_ADMINISTRATOR);
        DeliveryView cancelled = change(actor, change.id(), change.expectedVersion(), (user, delivery) -> {
            if (!user.has(UserRole.PLATFORM_ADMINISTRATOR)) {
                requireSupplierStaff(user, delivery);
                if (delivery.status() == DeliveryStatus.COMPLETED) {
                    throw new DomainException(ErrorCode.DELIVERY_STATUS_CONFLICT, "delivery " + delivery.id()
                            + " is completed; a correction is the platform administrators' to record");
                }
            }
        }, (delivery, now) -> {
            DeliveryStatus before = delivery.status();
            List<DomainEvent> events = new ArrayList<>();
            events.add(delivery.cancel(change.reason(), now));
            String why = "The supplier cancelled the delivery of \"" + delivery.title() + "\" starting "
                    + delivery.startsOn() + ": " + delivery.cancellationReason().orElse("");
            forEachApplication(delivery, application -> events.add(before == DeliveryStatus.PLANNED
                    ? application.returnToWaiting(why + ". It waits for another place.", now)
                    : application.endWithDelivery(why, now)));
            matching.requestWithin("delivery " + delivery.id() + " cancelled");
            return events;
        });
        matching.runRequested();
        return cancelled;
    }

    private interface Permission {
        void check(ActingUser actor, Delivery delivery);
    }

    private interface Change {
        List<DomainEvent> apply(Delivery delivery, Instant now);
    }

    private DeliveryView change(ActingUser actor, DeliveryId id, long expectedVersion, Permission permission,
                                Change change) {
        return transactions.inTransaction(() -> {
            Delivery delivery = deliveries.findById(id).orElseThrow(() -> notFound(id));
            permission.check(actor, delivery);
            delivery.requireVersion(expectedVersion);
            List<DomainEvent> events = change.apply(delivery, clock.instant());
            Delivery saved = deliveries.save(delivery);
            outbox.appendAll(events);
            return view(actor, saved).orElseThrow(() -> notFound(id));
        });
    }

    /** Applies a change to each application seated in the delivery and stores it. */
    private void forEachApplication(Delivery delivery, java.util.function.Consumer<Application> change) {
        for (ApplicationId id : delivery.applications()) {
            Application application = applications.findById(id).orElseThrow();
            change.accept(application);
            applications.save(application);
        }
    }

    private void requireSupplierStaff(ActingUser actor, Delivery delivery) {
        if (!actor.has(UserRole.SUPPLIER_STAFF) || !actor.actsFor(delivery.supplier())) {
            throw notFound(delivery.id());
        }
    }

    private void requireSupplierStaffOrLeader(ActingUser actor, Delivery delivery) {
        if (actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(delivery.supplier()) || leads(actor, delivery)) {
            return;
        }
        throw notFound(delivery.id());
    }

    private boolean leads(ActingUser actor, Delivery delivery) {
        return actor.has(UserRole.RESOURCE_PERSON) && resources.findByPersonUserId(actor.userId())
                .map(Resource::id).filter(delivery.resource().resource()::equals).isPresent();
    }

    /** What the user may see of the delivery; empty when they take no part in it. */
    private Optional<DeliveryView> view(ActingUser actor, Delivery delivery) {
        boolean everything = actor.has(UserRole.PLATFORM_ADMINISTRATOR)
                || actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(delivery.supplier());
        if (everything) {
            return Optional.of(new DeliveryView(delivery, delivery.seats(), shares(delivery)));
        }
        if (actor.has(UserRole.CONSUMER_STAFF) && actor.organisation().map(delivery::seatsConsumer).orElse(false)) {
            OrganisationId own = actor.organisationId();
            return Optional.of(new DeliveryView(delivery,
                    delivery.seats().stream().filter(s -> s.consumer().equals(own)).toList(),
                    shares(delivery).stream().filter(s -> s.organisation().equals(own)).toList()));
        }
        if (leads(actor, delivery)) {
            return Optional.of(new DeliveryView(delivery, delivery.seats(), List.of()));
        }
        return Optional.empty();
    }

    private List<CostShare> shares(Delivery delivery) {
        if (delivery.seats().isEmpty()) {
            return List.of();
        }
        return delivery.costShares(populations(organisations, delivery));
    }

    /** The consumers' populations, for a split by population. */
    static Map<OrganisationId, Long> populations(Organisations organisations, Delivery delivery) {
        Map<OrganisationId, Long> populations = new HashMap<>();
        for (OrganisationId consumer : delivery.participantsPerConsumer().keySet()) {
            organisations.findById(consumer).flatMap(o -> o.profile().populationIfAny())
                    .ifPresent(p -> populations.put(consumer, p.value()));
        }
        return populations;
    }

    private static void requireReaderRole(ActingUser actor, String action) {
        Authorisation.requireAnyRole(actor, action, UserRole.PLATFORM_ADMINISTRATOR, UserRole.SUPPLIER_STAFF,
                UserRole.CONSUMER_STAFF, UserRole.RESOURCE_PERSON);
    }

    private static DomainException notFound(DeliveryId id) {
        return new DomainException(ErrorCode.DELIVERY_NOT_FOUND, "no delivery with id " + id);
    }
}
