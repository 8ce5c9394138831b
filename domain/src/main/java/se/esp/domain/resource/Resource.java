package se.esp.domain.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.CompetenceCode;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Text;

/**
 * A professional in the national pool (study guide, teacher, nurse, counsellor) whose hours matching can give to
 * deliveries. Coordinators verify each declared competence against its evidence; only verified competences
 * count, and each stops counting on its expiry date.
 *
 * <p>Lifecycle: {@code APPLIED} until a coordinator verifies a first competence, then {@code VERIFIED}; {@code ACTIVE}
 * once assigned to a delivery; {@code SUSPENDED} from any of them, and back by reinstatement. Every change returns
 * the event(s) recording it.</p>
 */
public final class Resource {

    public static final int MAX_REMARK_LENGTH = 2000;

    private final ResourceId id;
    private final String personUserId;
    private ResourceProfile profile;
    private final Map<CompetenceCode, Competence> competences;
    private ResourceStatus status;
    private final long version;

    private Resource(ResourceId id, String personUserId, ResourceProfile profile, Collection<Competence> competences,
                     ResourceStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.personUserId = Objects.requireNonNull(personUserId, "personUserId");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.competences = new TreeMap<>();
        competences.forEach(c -> this.competences.put(c.code(), c));
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** The new resource and the event recording its registration. */
    public record Registration(Resource resource, ResourceRegistered event) {
    }

    /**
     * Registers a resource person with the competences they declare, all pending a coordinator's decision.
     *
     * @param personUserId the person's user id at the identity provider; one resource per person
     * @param today        the platform's date: a declaration already expired is refused
     */
    public static Registration register(ResourceId id, String personUserId, ResourceProfile profile,
                                        List<CompetenceDeclaration> declarations, Instant at, LocalDate today) {
        String person = Text.requireText("personUserId", personUserId, 200);
        List<Competence> pending = new ArrayList<>();
        for (CompetenceDeclaration declaration : declarations) {
            declaration.requireUnexpiredOn(today);
            pending.removeIf(c -> c.code().equals(declaration.code()));
            pending.add(Competence.pending(declaration));
        }
        Resource resource = new Resource(id, person, profile, pending, ResourceStatus.APPLIED, 0);
        var event = new ResourceRegistered(UUID.randomUUID(), at, id, person, profile,
                resource.competences().stream().map(Competence::declaration).toList());
        return new Registration(resource, event);
    }

    /** Rebuilds a stored resource; no event. */
    public static Resource reconstitute(ResourceId id, String personUserId, ResourceProfile profile,
                                        Collection<Competence> competences, ResourceStatus status, long version) {
        return new Resource(id, personUserId, profile, competences, status, version);
    }

    public ResourceProfileChanged changeProfile(ResourceProfile newProfile, Instant at) {
        this.profile = Objects.requireNonNull(newProfile, "newProfile");
        return new ResourceProfileChanged(UUID.randomUUID(), at, id, newProfile);
    }

    /**
     * Declares a competence, or renews one with new evidence and expiry date. A renewed competence is pending again
     * and stops counting until a coordinator verifies the new evidence: a coordinator has to have seen what counts.
     */
    public CompetenceDeclared declareCompetence(CompetenceDeclaration declaration, Instant at, LocalDate today) {
        declaration.requireUnexpiredOn(today);
        competences.put(declaration.code(), Competence.pending(declaration));
        return new CompetenceDeclared(UUID.randomUUID(), at, id, declaration);
    }

    /**
     * A coordinator verifies a pending competence. The first verified competence makes an applied resource
     * {@code VERIFIED}; then the events are the verification and the status change.
     *
     * @throws DomainException {@code COMPETENCE_NOT_FOUND}, {@code COMPETENCE_ALREADY_DECIDED}, or
     *         {@code COMPETENCE_EXPIRED} when the competence would not count even today
     */
    public List<ResourceEvent> verifyCompetence(CompetenceCode code, String coordinator, String remark, Instant at,
                                                LocalDate today) {
        Competence competence = pending(code);
        if (!today.isBefore(competence.expiresOn())) {
            throw new DomainException(ErrorCode.COMPETENCE_EXPIRED, "the " + code + " competence expired on "
                    + competence.expiresOn() + "; the resource has to declare it again with current evidence");
        }
        String checkedRemark = remark == null || remark.isBlank() ? null
                : Text.requireText("remark", remark, MAX_REMARK_LENGTH);
        competences.put(code, competence.decided(CompetenceStatus.VERIFIED, coordinator, at, checkedRemark));
        List<ResourceEvent> events = new ArrayList<>();
        events.add(new CompetenceVerified(UUID.randomUUID(), at, id, code, competence.expiresOn(), coordinator,
                checkedRemark));
        if (status == ResourceStatus.APPLIED) {
            events.add(moveTo(ResourceStatus.VERIFIED, "a coordinator verified the " + code + " competence", at));
        }
        return events;
    }

    /** A coordinator rejects a pending competence; the remark says why, so the person can send better evidence. */
    public CompetenceRejected rejectCompetence(CompetenceCode code, String coordinator, String remark, Instant at) {
        Competence competence = pending(code);
        String checkedRemark = Text.requireText("remark", remark, MAX_REMARK_LENGTH);
        competences.put(code, competence.decided(CompetenceStatus.REJECTED, coordinator, at, checkedRemark));
        return new CompetenceRejected(UUID.randomUUID(), at, id, code, coordinator, checkedRemark);
    }

    /** The resource took its first assignment: {@code VERIFIED → ACTIVE}. Called by the delivery work. */
    public ResourceStatusChanged activate(String reason, Instant at) {
        requireStatus(ResourceStatus.VERIFIED, "activate");
        return moveTo(ResourceStatus.ACTIVE, reason, at);
    }

    /** Takes the resource out of matching; its competences stay as they are. */
    public ResourceStatusChanged suspend(String reason, Instant at) {
        if (status == ResourceStatus.SUSPENDED) {
            throw new DomainException(ErrorCode.RESOURCE_STATUS_CONFLICT, "resource " + id + " is already suspended");
        }
        return moveTo(ResourceStatus.SUSPENDED, Text.requireText("reason", reason, MAX_REMARK_LENGTH), at);
    }

    /** Ends a suspension: {@code VERIFIED} if any competence was ever verified, else {@code APPLIED}. */
    public ResourceStatusChanged reinstate(String reason, Instant at) {
        requireStatus(ResourceStatus.SUSPENDED, "reinstate");
        boolean anyVerified = competences.values().stream().anyMatch(c -> c.status() == CompetenceStatus.VERIFIED);
        return moveTo(anyVerified ? ResourceStatus.VERIFIED : ResourceStatus.APPLIED,
                Text.requireText("reason", reason, MAX_REMARK_LENGTH), at);
    }

    /** Refuses a change based on an outdated read of this resource. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "resource " + id + " is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    /** The competences that count on a date: verified, and the date before their expiry date. */
    public List<Competence> competencesCountingOn(LocalDate date) {
        return competences.values().stream().filter(c -> c.countsOn(date)).toList();
    }

    public boolean isEmployedBy(OrganisationId organisation) {
        return organisation != null && organisation.equals(profile.employer());
    }

    public Optional<Competence> competence(CompetenceCode code) {
        return Optional.ofNullable(competences.get(code));
    }

    public ResourceId id() {
        return id;
    }

    public String personUserId() {
        return personUserId;
    }

    public ResourceProfile profile() {
        return profile;
    }

    /** Sorted by code. */
    public List<Competence> competences() {
        return Collections.unmodifiableList(new ArrayList<>(competences.values()));
    }

    public ResourceStatus status() {
        return status;
    }

    /** Number of stored changes; 0 before the resource is first stored. */
    public long version() {
        return version;
    }

    private Competence pending(CompetenceCode code) {
        Competence competence = competences.get(code);
        if (competence == null) {
            throw new DomainException(ErrorCode.COMPETENCE_NOT_FOUND,
                    "resource " + id + " has not declared the competence " + code);
        }
        if (competence.status() != CompetenceStatus.PENDING) {
            throw new DomainException(ErrorCode.COMPETENCE_ALREADY_DECIDED, "the " + code + " competence of resource "
                    + id + " is already " + competence.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return competence;
    }

    private void requireStatus(ResourceStatus required, String action) {
        if (status != required) {
            throw new DomainException(ErrorCode.RESOURCE_STATUS_CONFLICT, "cannot " + action + " resource " + id
                    + ": it is " + status + ", not " + required);
        }
    }

    private ResourceStatusChanged moveTo(ResourceStatus next, String reason, Instant at) {
        ResourceStatus previous = status;
        status = next;
        return new ResourceStatusChanged(UUID.randomUUID(), at, id, previous, next, reason);
    }

    @Override
    public String toString() {
        return "Resource[" + id + ", " + profile.displayName() + ", " + status + "]";
    }
}
