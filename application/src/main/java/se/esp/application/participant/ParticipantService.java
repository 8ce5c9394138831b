package se.esp.application.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.application.port.in.participant.AnonymiseExpiredParticipantsUseCase;
import se.esp.application.port.in.participant.ChangeParticipantCommand;
import se.esp.application.port.in.participant.ChangeParticipantUseCase;
import se.esp.application.port.in.participant.CompleteParticipationUseCase;
import se.esp.application.port.in.participant.ExportParticipantQuery;
import se.esp.application.port.in.participant.GetParticipantQuery;
import se.esp.application.port.in.participant.ParticipantExport;
import se.esp.application.port.in.participant.RegisterParticipantCommand;
import se.esp.application.port.in.participant.RegisterParticipantUseCase;
import se.esp.application.port.out.EventOutbox;
import se.esp.application.port.out.ParticipantCredentials;
import se.esp.application.port.out.ParticipantReferences;
import se.esp.application.port.out.Participants;
import se.esp.application.port.out.PersonalDataAccess.Kind;
import se.esp.application.port.out.PersonalDataAccess.Outcome;
import se.esp.application.port.out.PersonalDataAccess;
import se.esp.application.port.out.PersonalDataAuditLog;
import se.esp.application.port.out.Transactions;
import se.esp.application.security.ActingUser;
import se.esp.application.security.Authorisation;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.Participant;
import se.esp.domain.participant.ParticipantDetails;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.participant.PersonalIdentityNumber;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * Participants' personal data: registered, read, changed and exported only by those the
 * {@link ParticipantReadPolicy} allows, every read and change written to the {@link PersonalDataAuditLog}, and
 * anonymised when the retention period after completion has run out.
 *
 * <p>A refused look at a participant is audit-logged too, and the log line must survive the refusal: so the
 * decision and its log line are committed in one transaction and the refusal is thrown after it. A refusal is
 * {@code PARTICIPANT_NOT_FOUND}, exactly as for an id that does not exist, so nobody learns that a resident of
 * another municipality is a participant.</p>
 */
public final class ParticipantService implements RegisterParticipantUseCase, ChangeParticipantUseCase,
        GetParticipantQuery, ExportParticipantQuery, CompleteParticipationUseCase,
        AnonymiseExpiredParticipantsUseCase {

    /** Default retention of personal data after completion (DOMAIN.md); the owner configures another. */
    public static final Period DEFAULT_RETENTION = Period.ofMonths(24);

    /** The audit log's names for the use cases; stable, they stay in the log for years. */
    public static final String REGISTER = "register-participant";
    public static final String GET = "get-participant";
    public static final String CHANGE = "change-participant";
    public static final String EXPORT = "export-participant";
    public static final String ANONYMISE = "anonymise-expired-participants";

    private static final int BATCH = 100;

    private final Participants participants;
    private final PersonalDataAuditLog audit;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final ParticipantReadPolicy policy;
    private final Period retention;
    private final ParticipantReferences references;
    private final ParticipantCredentials credentials;

    /**
     * @param references  what other areas keep about a participant (applications' answers), erased with the personal
     *                    data
     * @param credentials the credentials issued to a participant, exported with the personal data; they hold no
     *                    personal data and outlive the retention period (decision record 0005)
     */
    public ParticipantService(Participants participants, PersonalDataAuditLog audit, EventOutbox outbox,
                              Transactions transactions, Clock clock, ParticipantReadPolicy policy,
                              Period retention, ParticipantReferences references,
                              ParticipantCredentials credentials) {
        this.participants = Objects.requireNonNull(participants, "participants");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.references = Objects.requireNonNull(references, "references");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive, not " + retention);
        }
    }

    public Period retention() {
        return retention;
    }

    @Override
    public Participant register(ActingUser actor, RegisterParticipantCommand command) {
        Authorisation.requireAnyRole(actor, "register a participant", UserRole.CONSUMER_STAFF);
        OrganisationId consumer = Authorisation.requireOrganisation(actor, "register a participant");
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            var registration = Participant.register(ParticipantId.newId(), consumer, command.details(), now);
            Participant saved = participants.save(registration.participant());
            outbox.append(registration.event());
            audit.record(line(actor, saved.id(), REGISTER, Kind.CHANGE, Outcome.GRANTED, now));
            return saved;
        });
    }

    @Override
    public Participant get(ActingUser actor, ParticipantId id) {
        Authorisation.requireAnyRole(actor, "read a participant", ParticipantReadPolicy.READER_ROLES);
        Optional<Participant> seen = transactions.inTransaction(() -> {
            Optional<Participant> found = participants.findById(id).filter(p -> policy.maySee(actor, p));
            audit.record(line(actor, id, GET, Kind.READ, found.isPresent() ? Outcome.GRANTED : Outcome.DENIED,
                    clock.instant()));
            return found;
        });
        return seen.orElseThrow(() -> notFound(id));
    }

    @Override
    public ParticipantExport export(ActingUser actor, ParticipantId id) {
        Authorisation.requireAnyRole(actor, "export a participant's data", UserRole.CONSUMER_STAFF);
        Optional<ParticipantExport> export = transactions.inTransaction(() -> {
            Optional<Participant> found = participants.findById(id).filter(p -> policy.answersFor(actor, p));
            audit.record(line(actor, id, EXPORT, Kind.READ, found.isPresent() ? Outcome.GRANTED : Outcome.DENIED,
                    clock.instant()));
            return found.map(p -> new ParticipantExport(p, audit.about(id), credentials.of(id)));
        });
        return export.orElseThrow(() -> notFound(id));
    }

    @Override
    public Participant change(ActingUser actor, ChangeParticipantCommand command) {
        Authorisation.requireAnyRole(actor, "change a participant", UserRole.CONSUMER_STAFF);
        ParticipantId id = command.id();
        Optional<Participant> changed = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<Participant> found = participants.findById(id).filter(p -> policy.answersFor(actor, p));
            if (found.isEmpty()) {
                audit.record(line(actor, id, CHANGE, Kind.CHANGE, Outcome.DENIED, now));
                return Optional.<Participant>empty();
            }
            Participant participant = found.get();
            participant.requireVersion(command.expectedVersion());
            refuseAddedIdentityNumber(participant, command.details());
            var event = participant.change(command.details(), now);
            Participant saved = participants.save(participant);
            outbox.append(event);
            audit.record(line(actor, id, CHANGE, Kind.CHANGE, Outcome.GRANTED, now));
            return Optional.of(saved);
        });
        return changed.orElseThrow(() -> notFound(id));
    }

    @Override
    public Participant complete(ActingUser actor, ParticipantId id) {
        Authorisation.requireAnyRole(actor, "complete a participation", UserRole.CONSUMER_STAFF,
                UserRole.PLATFORM_ADMINISTRATOR);
        return transactions.inTransaction(() -> {
            Participant participant = participants.findById(id)
                    .filter(p -> actor.has(UserRole.PLATFORM_ADMINISTRATOR) || policy.answersFor(actor, p))
                    .orElseThrow(() -> notFound(id));
            var event = participant.complete(clock.instant());
            Participant saved = participants.save(participant);
            outbox.append(event);
            return saved;
        });
    }

    @Override
    public int anonymiseExpired(ActingUser actor) {
        Authorisation.requireAnyRole(actor, "anonymise participants", UserRole.PLATFORM_ADMINISTRATOR);
        Instant now = clock.instant();
        Instant completedBy = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int total = 0;
        while (true) {
            List<ParticipantId> candidates = transactions.inTransaction(() ->
                    participants.completedAndNotAnonymised(completedBy, BATCH));
            int anonymisedNow = 0;
            for (ParticipantId id : candidates) {
                if (anonymiseIfExpired(actor, id, now)) {
                    anonymisedNow++;
                }
            }
            total += anonymisedNow;
            if (candidates.size() < BATCH || anonymisedNow == 0) {
                return total;
            }
        }
    }

    /** One participant per transaction: a failure leaves the others anonymised and is retried on the next run. */
    private boolean anonymiseIfExpired(ActingUser actor, ParticipantId id, Instant now) {
        return transactions.inTransaction(() -> {
            Optional<Participant> found = participants.findById(id);
            if (found.isEmpty() || !found.get().retentionExpired(retention, now)) {
                return false;
            }
            Participant participant = found.get();
            var event = participant.anonymise(now);
            participants.save(participant);
            references.erase(id);
            outbox.append(event);
            audit.record(line(actor, id, ANONYMISE, Kind.CHANGE, Outcome.GRANTED, now));
            return true;
        });
    }

    private static void refuseAddedIdentityNumber(Participant participant, ParticipantDetails details) {
        boolean hadNumber = participant.detailsIfAny().flatMap(ParticipantDetails::identityNumberIfAny).isPresent();
        if (!hadNumber && details.identityNumber() != null) {
            throw ValidationException.of(PersonalIdentityNumber.FIELD, ViolationCode.NOT_ALLOWED,
                    "the application form did not ask for it, so it is not stored");
        }
    }

    private static PersonalDataAccess line(ActingUser actor, ParticipantId id, String useCase, Kind kind,
                                           Outcome outcome, Instant at) {
        return new PersonalDataAccess(UUID.randomUUID(), at, actor.userId(), actor.organisationId(), id, useCase,
                kind, outcome);
    }

    private static DomainException notFound(ParticipantId id) {
        return new DomainException(ErrorCode.PARTICIPANT_NOT_FOUND, "no participant with id " + id);
    }
}
