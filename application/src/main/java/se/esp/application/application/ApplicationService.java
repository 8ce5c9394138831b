package se.esp.application.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import se.esp.application.matching.MatchingTrigger;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.in.application.ApplicantEntry;
import se.esp.application.port.in.application.ApplicationChange;
import se.esp.application.port.in.application.ApplicationFilter;
import se.esp.application.port.in.application.ChangeApplicationUseCase;
import se.esp.application.port.in.application.GetApplicationQuery;
import se.esp.application.port.in.application.ListApplicationsQuery;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;
import se.esp.application.port.out.Applications;
import se.esp.application.port.out.Deliveries;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.Offerings;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAccess.Kind;
import se.esp.application.port.out.PersonalDataAccess.Outcome;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.application.ApplicationRules;
import se.esp.domain.application.ApplicationStatusChanged;
import se.esp.domain.delivery.Delivery;
import se.esp.domain.offering.Offering;
import se.esp.domain.offering.OfferingVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainEvent;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Applications: submitted by a consumer organisation's staff against an exact offering version, then decided by
 * matching. Who may do what: consumer staff submit, confirm and cancel their own organisation's applications and
 * read and list them; supplier staff read and list the applications to their organisation's offerings and reject
 * one as not eligible. Another organisation's application is "not found" for every use case, so ids reveal nothing.
 *
 * <p>An application holds its participants' answers to the form and their stated target groups: personal data.
 * Every use case that hands an application back to its caller writes one {@code READ} line per participant to the
 * {@link PersonalDataAuditLog}, in the transaction that read it, as the participant use cases do — except a new
 * submission, whose participants were just registered (a {@code CHANGE} line each) with what the caller sent. A
 * refused read of an existing application ({@link #get}) is logged as {@code DENIED} for each of its participants
 * and committed before the refusal is thrown, so the attempt stays known; the refusal itself is the same "not found"
 * as for an id that does not exist.</p>
 */
public final class ApplicationService implements SubmitApplicationUseCase, GetApplicationQuery,
        ListApplicationsQuery, ChangeApplicationUseCase {

    /** The audit log's names for the use cases that return answers; stable, they stay in the log for years. */
    public static final String GET = "get-application";
    public static final String LIST = "list-applications";
    public static final String SUBMIT_AGAIN = "submit-application-again";
    public static final String CONFIRM = "confirm-application";
    public static final String CANCEL = "cancel-application";
    public static final String REJECT = "reject-application";

    private final Applications applications;
    private final Offerings offerings;
    private final Deliveries deliveries;
    private final RegisterParticipantUseCase participants;
    private final MatchingTrigger matching;
    private final EventOutbox outbox;
    private final PersonalDataAuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    /** @param audit where every return of participants' answers is logged, with the participants' own reads */
    public ApplicationService(Applications applications, Offerings offerings, Deliveries deliveries,
                              RegisterParticipantUseCase participants, MatchingTrigger matching, EventOutbox outbox,
                              PersonalDataAuditLog audit, Transactions transactions, Clock clock) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.offerings = Objects.requireNonNull(offerings, "offerings");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.matching = Objects.requireNonNull(matching, "matching");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Submitted submit(ActingUser actor, SubmitApplicationCommand command) {
        Authorisation.requireAnyRole(actor, "apply for participants", UserRole.CONSUMER_STAFF);
        OrganisationId consumer = Authorisation.requireOrganisation(actor, "apply for participants");
        Submitted submitted;
        try {
            submitted = transactions.inTransaction(() -> store(actor, consumer, command));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.IDEMPOTENCY_KEY_REUSED || command.idempotencyKey() == null) {
                throw e;
            }
            // The same key won a race on another thread or server meanwhile; everything of this one rolled back.
            return transactions.inTransaction(() -> applications.findByIdempotencyKey(consumer,
                    command.idempotencyKey()).map(existing -> new Submitted(
                            read(actor, sameAs(existing, command), SUBMIT_AGAIN), false)))
                    .orElseThrow(() -> e);
        }
        if (!submitted.created()) {
            return submitted;
        }
        matching.runRequested();
        if (!matching.decidesBeforeAnswering()) {
            // Matching decides in the background: the answer says RECEIVED, and reading the application shows the
            // decision once made.
            return submitted;
        }
        ApplicationId id = submitted.application().id();
        return new Submitted(transactions.inTransaction(() -> applications.findById(id)).orElseThrow(), true);
    }

    private Submitted store(ActingUser actor, OrganisationId consumer, SubmitApplicationCommand command) {
        if (command.idempotencyKey() != null) {
            Optional<Application> existing = applications.findByIdempotencyKey(consumer, command.idempotencyKey());
            if (existing.isPresent()) {
                return new Submitted(read(actor, sameAs(existing.get(), command), SUBMIT_AGAIN), false);
            }
        }
        Offering offering = offerings.findByVersion(command.offeringVersion()).orElseThrow(() ->
                ValidationException.of("offeringVersionId", ViolationCode.UNKNOWN_VALUE,
                        "no offering version " + command.offeringVersion() + " exists"));
        if (!offering.isOnOffer()) {
            throw new DomainException(ErrorCode.OFFERING_STATUS_CONFLICT, "the offering is " + offering.status()
                    + " and takes no applications");
        }
        OfferingVersion version = offering.version(command.offeringVersion()).orElseThrow();
        PackagingContent content = version.content();
        List<Answers> answers = ApplicationRules.check(content, LocalDate.now(clock), command.language(),
                command.earliestStart(), command.participants().stream().map(ApplicantEntry::applicant).toList());
        List<ApplicationParticipant> registered = new ArrayList<>();
        for (int i = 0; i < command.participants().size(); i++) {
            ApplicantEntry entry = command.participants().get(i);
            Participant participant = participants.register(actor, new RegisterParticipantCommand(entry.details(),
                    content.formRequiresIdentityNumber()));
            registered.add(new ApplicationParticipant(participant.id(), entry.targetGroups(), answers.get(i)));
        }
        var submission = Application.submit(ApplicationId.newId(), consumer, actor.userId(),
                command.idempotencyKey(), offering.id(), version.id(), offering.supplier(), registered,
                command.language(), command.earliestStart(), command.urgent(), clock.instant());
        Application saved = applications.save(submission.application());
        outbox.append(submission.event());
        matching.requestFor(queueOf(saved), "application " + saved.id() + " received");
        return new Submitted(saved, true);
    }

    private static se.esp.domain.matching.MatchingQueue queueOf(Application application) {
        return new se.esp.domain.matching.MatchingQueue(
                application.offeringVersion(),
                application.language());
    }

    /** A retry must be the same application; the same key for another one is a mistake worth reporting. */
    private static Application sameAs(Application existing, SubmitApplicationCommand command) {
        boolean same = existing.offeringVersion().equals(command.offeringVersion())
                && existing.language().equals(command.language())
                && existing.earliestStart().equals(command.earliestStart())
                && existing.urgent() == command.urgent()
                && existing.participants().size() == command.participants().size();
        if (!same) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "the idempotency key "
                    + command.idempotencyKey() + " was used for application " + existing.id()
                    + ", which differs from this one");
        }
        return existing;
    }

    @Override
    public Application get(ActingUser actor, ApplicationId id) {
        Authorisation.requireAnyRole(actor, "read an application", UserRole.CONSUMER_STAFF, UserRole.SUPPLIER_STAFF);
        Optional<Application> seen = transactions.inTransaction(() -> {
            Optional<Application> found = applications.findById(id);
            if (found.isEmpty()) {
                return found;
            }
            boolean visible = visibleTo(actor, found.get());
            record(actor, found.get(), GET, visible ? Outcome.GRANTED : Outcome.DENIED);
            return found.filter(application -> visible);
        });
        return seen.orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Application> list(ActingUser actor, ApplicationFilter filter, PageRequest page) {
        Authorisation.requireAnyRole(actor, "list applications", UserRole.CONSUMER_STAFF, UserRole.SUPPLIER_STAFF);
        OrganisationId own = Authorisation.requireOrganisation(actor, "list applications");
        ApplicationFilter scoped = actor.has(UserRole.CONSUMER_STAFF) ? filter.ofConsumer(own) : filter.ofSupplier(own);
        return transactions.inTransaction(() -> {
            Page<Application> listed = applications.list(scoped, page);
            listed.items().forEach(application -> read(actor, application, LIST));
            return listed;
        });
    }

    @Override
    public Application confirm(ActingUser actor, ApplicationChange change) {
        Authorisation.requireAnyRole(actor, "confirm an application", UserRole.CONSUMER_STAFF);
        return transactions.inTransaction(() -> {
            Application application = loadOwn(actor, change.id());
            application.requireVersion(change.expectedVersion());
            ApplicationStatusChanged event = application.confirm(clock.instant());
            Application saved = applications.save(application);
            outbox.append(event);
            return read(actor, saved, CONFIRM);
        });
    }

    @Override
    public Application cancel(ActingUser actor, ApplicationChange change) {
        Authorisation.requireAnyRole(actor, "cancel an application", UserRole.CONSUMER_STAFF);
        return endBeforeStart(actor, CANCEL, change, id -> loadOwn(actor, id),
                (application, at) -> application.cancel(change.reason(), at), "cancelled");
    }

    @Override
    public Application reject(ActingUser actor, ApplicationChange change) {
        Authorisation.requireAnyRole(actor, "reject an application", UserRole.SUPPLIER_STAFF);
        if (change.reason() == null || change.reason().isBlank()) {
            throw ValidationException.of("reason", ViolationCode.REQUIRED,
                    "say why the participants are not eligible; the consumer reads it");
        }
        return endBeforeStart(actor, REJECT, change, id -> loadSupplied(actor, id),
                (application, at) -> application.reject(change.reason(), at), "rejected");
    }

    /**
     * Cancels or rejects before the start: frees its places (an emptied delivery is called off, so its resource's
     * hours are free again) and lets matching run for the others.
     */
    private Application endBeforeStart(ActingUser actor, String useCase, ApplicationChange change,
                                       java.util.function.Function<ApplicationId, Application> load,
                                       BiFunction<Application, Instant, ApplicationStatusChanged> end, String how) {
        Application ended = transactions.inTransaction(() -> {
            Application application = load.apply(change.id());
            application.requireVersion(change.expectedVersion());
            Instant now = clock.instant();
            Optional<se.esp.domain.delivery.DeliveryId> placedIn = application.delivery();
            List<DomainEvent> events = new ArrayList<>();
            events.add(end.apply(application, now));
            boolean hoursFreed = false;
            if (placedIn.isPresent()) {
                Delivery delivery = deliveries.findById(placedIn.get()).orElseThrow();
                delivery.release(application.id(), now).ifPresent(events::add);
                if (delivery.seats().isEmpty()) {
                    events.add(delivery.cancel("every application in it was " + how + " before the start", now));
                    hoursFreed = true;
                }
                deliveries.save(delivery);
            }
            Application saved = applications.save(application);
            outbox.appendAll(events);
            if (hoursFreed) {
                // A resource's hours are free again: any queue it serves may match.
                matching.requestWithin("application " + saved.id() + " " + how + "; its delivery was called off");
            } else {
                // Demand or room changed in its own queue only.
                matching.requestFor(queueOf(saved), "application " + saved.id() + " " + how);
            }
            return read(actor, saved, useCase);
        });
        matching.runRequested();
        return ended;
    }

    /** Consumer staff of the applying organisation, or supplier staff of the offering's supplier. */
    private static boolean visibleTo(ActingUser actor, Application application) {
        boolean consumer = actor.has(UserRole.CONSUMER_STAFF) && actor.actsFor(application.consumer());
        boolean supplier = actor.has(UserRole.SUPPLIER_STAFF) && actor.actsFor(application.supplier());
        return consumer || supplier;
    }

    /** Logs that the application's answers go to the actor, one line per participant; returns the application. */
    private Application read(ActingUser actor, Application application, String useCase) {
        record(actor, application, useCase, Outcome.GRANTED);
        return application;
    }

    private void record(ActingUser actor, Application application, String useCase, Outcome outcome) {
        Instant now = clock.instant();
        for (ParticipantId participant : application.participantIds()) {
            audit.record(new PersonalDataAccess(UUID.randomUUID(), now, actor.userId(), actor.organisationId(),
                    participant, useCase, Kind.READ, outcome));
        }
    }

    private Application loadOwn(ActingUser actor, ApplicationId id) {
        Application application = applications.findById(id).orElseThrow(() -> notFound(id));
        Authorisation.requireActsFor(actor, application.consumer(), () -> notFound(id));
        return application;
    }

    private Application loadSupplied(ActingUser actor, ApplicationId id) {
        Application application = applications.findById(id).orElseThrow(() -> notFound(id));
        Authorisation.requireActsFor(actor, application.supplier(), () -> notFound(id));
        return application;
    }

    private static DomainException notFound(ApplicationId id) {
        return new DomainException(ErrorCode.APPLICATION_NOT_FOUND, "no application with id " + id);
    }
}
