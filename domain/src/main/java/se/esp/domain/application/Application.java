package se.esp.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.delivery.DeliveryId;
import se.esp.domain.matching.WaitingApplication;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * A consumer organisation's application for one or more participants to one exact offering version, in one
 * delivery language, from an earliest start, urgent ("fast start") or not. It is valid when stored
 * ({@link ApplicationRules} checked it against that version); what happens next is decided by matching and by the
 * delivery it is placed in. See {@link ApplicationStatus} for the lifecycle.
 *
 * <p>The last decision is kept with its reason: a waitlisted application says why ({@link #waitReason()}, and in
 * plain language {@link #explanation()}); a matched one says why that delivery and that resource.</p>
 */
public final class Application {

    /** The reason code when a delivery is cancelled before its start and its applications wait again. */
    public static final String DELIVERY_CANCELLED = "DELIVERY_CANCELLED";
    public static final int MAX_REASON_LENGTH = 2_000;

    private final ApplicationId id;
    private final OrganisationId consumer;
    private final String submittedBy;
    private final IdempotencyKey idempotencyKey;
    private final OfferingId offering;
    private final OfferingVersionId offeringVersion;
    private final OrganisationId supplier;
    private List<ApplicationParticipant> participants;
    private final LanguageCode language;
    private final LocalDate earliestStart;
    private final boolean urgent;
    private final Instant receivedAt;
    private ApplicationStatus status;
    private String waitReason;
    private String explanation;
    private DeliveryId delivery;
    private Instant decidedAt;
    private final long version;

    private Application(ApplicationId id, OrganisationId consumer, String submittedBy, IdempotencyKey idempotencyKey,
                        OfferingId offering, OfferingVersionId offeringVersion, OrganisationId supplier,
                        List<ApplicationParticipant> participants, LanguageCode language, LocalDate earliestStart,
                        boolean urgent, Instant receivedAt, ApplicationStatus status, String waitReason,
                        String explanation, DeliveryId delivery, Instant decidedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.idempotencyKey = idempotencyKey;
        this.offering = Objects.requireNonNull(offering, "offering");
        this.offeringVersion = Objects.requireNonNull(offeringVersion, "offeringVersion");
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.participants = List.copyOf(participants);
        if (this.participants.isEmpty()) {
            throw new IllegalArgumentException("an application is for at least one participant");
        }
        this.language = Objects.requireNonNull(language, "language");
        this.earliestStart = Objects.requireNonNull(earliestStart, "earliestStart");
        this.urgent = urgent;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.waitReason = waitReason;
        this.explanation = explanation;
        this.delivery = delivery;
        this.decidedAt = decidedAt;
        this.version = version;
    }

    /** The new application and the event recording it. */
    public record Submission(Application application, ApplicationReceived event) {
    }

    /**
     * A checked application, received now. The caller ran {@link ApplicationRules#check} against the version's
     * content and registered the participants.
     */
    public static Submission submit(ApplicationId id, OrganisationId consumer, String submittedBy,
                                    IdempotencyKey idempotencyKey, OfferingId offering,
                                    OfferingVersionId offeringVersion, OrganisationId supplier,
                                    List<ApplicationParticipant> participants, LanguageCode language,
                                    LocalDate earliestStart, boolean urgent, Instant at) {
        Application application = new Application(id, consumer, submittedBy, idempotencyKey, offering,
                offeringVersion, supplier, participants, language, earliestStart, urgent, at,
                ApplicationStatus.RECEIVED, null, null, null, null, 0);
        return new Submission(application, new ApplicationReceived(UUID.randomUUID(), at, id, consumer, supplier,
                offering, offeringVersion, application.participants.size(), language, earliestStart, urgent));
    }

    public static Application reconstitute(ApplicationId id, OrganisationId consumer, String submittedBy,
                                           IdempotencyKey idempotencyKey, OfferingId offering,
                                           OfferingVersionId offeringVersion, OrganisationId supplier,
                                           List<ApplicationParticipant> participants, LanguageCode language,
                                           LocalDate earliestStart, boolean urgent, Instant receivedAt,
                                           ApplicationStatus status, String waitReason, String explanation,
                                           DeliveryId delivery, Instant decidedAt, long version) {
        return new Application(id, consumer, submittedBy, idempotencyKey, offering, offeringVersion, supplier,
                participants, language, earliestStart, urgent, receivedAt, status, waitReason, explanation, delivery,
                decidedAt, version);
    }

    /** Matching placed it in a delivery, for the reason given. */
    public ApplicationStatusChanged match(DeliveryId deliveryId, String why, Instant at) {
        requireStatus("be matched", ApplicationStatus.RECEIVED, ApplicationStatus.WAITLISTED);
        this.delivery = Objects.requireNonNull(deliveryId, "deliveryId");
        this.waitReason = null;
        this.explanation = requireText(why);
        return moveTo(ApplicationStatus.MATCHED, null, at);
    }

    /**
     * Matching found no place, for the reason given. The explanation is always the latest; an event is recorded only
     * when the application starts waiting or waits for another reason, so a run that changes nothing records nothing.
     */
    public Optional<ApplicationStatusChanged> waitlist(String reasonCode, String why, Instant at) {
        requireStatus("be waitlisted", ApplicationStatus.RECEIVED, ApplicationStatus.WAITLISTED);
        Objects.requireNonNull(reasonCode, "reasonCode");
        boolean news = status != ApplicationStatus.WAITLISTED || !reasonCode.equals(waitReason);
        this.waitReason = reasonCode;
        this.explanation = requireText(why);
        if (!news) {
            return Optional.empty();
        }
        return Optional.of(moveTo(ApplicationStatus.WAITLISTED, reasonCode, at));
    }

    /** The consumer accepts the placement. */
    public ApplicationStatusChanged confirm(Instant at) {
        requireStatus("be confirmed", ApplicationStatus.MATCHED);
        return moveTo(ApplicationStatus.CONFIRMED, null, at);
    }

    /** Its delivery started (a placement not yet confirmed is confirmed by the start). */
    public ApplicationStatusChanged start(Instant at) {
        requireStatus("start", ApplicationStatus.MATCHED, ApplicationStatus.CONFIRMED);
        return moveTo(ApplicationStatus.IN_PROGRESS, null, at);
    }

    /** Its delivery completed. */
    public ApplicationStatusChanged complete(Instant at) {
        requireStatus("complete", ApplicationStatus.IN_PROGRESS);
        return moveTo(ApplicationStatus.COMPLETED, null, at);
    }

    /** The consumer withdraws it; only before its delivery starts. */
    public ApplicationStatusChanged cancel(String reason, Instant at) {
        requireStatus("be cancelled (its delivery has started or it has ended)", ApplicationStatus.RECEIVED,
                ApplicationStatus.WAITLISTED, ApplicationStatus.MATCHED, ApplicationStatus.CONFIRMED);
        this.explanation = reason == null || reason.isBlank() ? "Cancelled by the consumer." : requireText(reason);
        return moveTo(ApplicationStatus.CANCELLED, null, at);
    }

    /** The supplier found it not eligible; only before its delivery starts. */
    public ApplicationStatusChanged reject(String reason, Instant at) {
        requireStatus("be rejected (its delivery has started or it has ended)", ApplicationStatus.RECEIVED,
                ApplicationStatus.WAITLISTED, ApplicationStatus.MATCHED, ApplicationStatus.CONFIRMED);
        this.explanation = requireText(reason);
        return moveTo(ApplicationStatus.REJECTED, null, at);
    }

    /** Its delivery was cancelled before the start: it waits for matching again, first in line as before. */
    public ApplicationStatusChanged returnToWaiting(String why, Instant at) {
        requireStatus("wait again", ApplicationStatus.MATCHED, ApplicationStatus.CONFIRMED);
        DeliveryId cancelled = delivery;
        this.delivery = null;
        this.waitReason = DELIVERY_CANCELLED;
        this.explanation = requireText(why);
        return moveTo(ApplicationStatus.RECEIVED, DELIVERY_CANCELLED, cancelled, at);
    }

    /**
     * Its delivery was cancelled while running, or after it completed (a correction): the application ends as
     * cancelled, not by the consumer.
     */
    public ApplicationStatusChanged endWithDelivery(String why, Instant at) {
        requireStatus("end with its delivery", ApplicationStatus.IN_PROGRESS, ApplicationStatus.COMPLETED);
        this.explanation = requireText(why);
        return moveTo(ApplicationStatus.CANCELLED, DELIVERY_CANCELLED, at);
    }

    /**
     * The participant's personal data is being erased (the retention period after completion ran out): what the
     * application says about them — the stated target groups and the answers to the form — goes too; the participant
     * stays counted.
     *
     * @return whether there was anything to erase
     */
    public boolean eraseAbout(ParticipantId participant) {
        boolean found = false;
        List<ApplicationParticipant> erased = new java.util.ArrayList<>();
        for (ApplicationParticipant p : participants) {
            if (p.participant().equals(participant) && (!p.targetGroups().isEmpty() || !p.answers().values()
                    .isEmpty())) {
                erased.add(new ApplicationParticipant(participant, java.util.Set.of(), Answers.none()));
                found = true;
            } else {
                erased.add(p);
            }
        }
        participants = List.copyOf(erased);
        return found;
    }

    /** What matching knows of it while it waits. */
    public WaitingApplication asWaiting() {
        return new WaitingApplication(id, offeringVersion,
                consumer, participants.size(), language, earliestStart, urgent, receivedAt);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "application " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    private ApplicationStatusChanged moveTo(ApplicationStatus next, String reasonCode, Instant at) {
        return moveTo(next, reasonCode, delivery, at);
    }

    private ApplicationStatusChanged moveTo(ApplicationStatus next, String reasonCode, DeliveryId concerned,
                                            Instant at) {
        ApplicationStatus previous = status;
        status = next;
        decidedAt = Objects.requireNonNull(at, "at");
        return new ApplicationStatusChanged(UUID.randomUUID(), at, id, consumer, previous, next, reasonCode,
                concerned);
    }

    private void requireStatus(String action, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainException(ErrorCode.APPLICATION_STATUS_CONFLICT,
                "application " + id + " is " + status + " and cannot " + action);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a decision always has its reason in words");
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_REASON_LENGTH ? stripped : stripped.substring(0, MAX_REASON_LENGTH);
    }

    public ApplicationId id() {
        return id;
    }

    public OrganisationId consumer() {
        return consumer;
    }

    /** The user who submitted it. */
    public String submittedBy() {
        return submittedBy;
    }

    public Optional<IdempotencyKey> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public OfferingId offering() {
        return offering;
    }

    public OfferingVersionId offeringVersion() {
        return offeringVersion;
    }

    /** The supplier of the offering. */
    public OrganisationId supplier() {
        return supplier;
    }

    public List<ApplicationParticipant> participants() {
        return participants;
    }

    public List<ParticipantId> participantIds() {
        return participants.stream().map(ApplicationParticipant::participant).toList();
    }

    public LanguageCode language() {
        return language;
    }

    public LocalDate earliestStart() {
        return earliestStart;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ApplicationStatus status() {
        return status;
    }

    /** Why it waits, as matching's code ({@code NO_ELIGIBLE_RESOURCE}, …); empty unless waiting for a reason. */
    public Optional<String> waitReason() {
        return Optional.ofNullable(waitReason);
    }

    /** The latest decision in plain language: why this delivery and resource, or why it waits, or why it ended. */
    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    /** The delivery it is (or was, when cancelled or rejected from one) placed in. */
    public Optional<DeliveryId> delivery() {
        return Optional.ofNullable(delivery);
    }

    /** When its status last changed. */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + status + "]";
    }
}
