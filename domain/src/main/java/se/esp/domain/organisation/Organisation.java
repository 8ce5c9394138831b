package se.esp.domain.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * An organisation taking part in the platform. Its organisation number is its identity in the outside world
 * and never changes; what it is called, what kind of body it is, its population and its roles may.
 *
 * <p>Every change returns the event that records it; the caller stores the aggregate and the event together.
 * The version counts stored changes and guards against lost updates.</p>
 */
public final class Organisation {

    private final OrganisationId id;
    private final OrganisationNumber number;
    private OrganisationProfile profile;
    private Set<OrganisationRole> roles;
    private final List<FeeBasis> feeBasisHistory;
    private final long version;

    private Organisation(OrganisationId id, OrganisationNumber number, OrganisationProfile profile,
                         Set<OrganisationRole> roles, List<FeeBasis> feeBasisHistory, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.roles = copyOf(roles);
        this.feeBasisHistory = new ArrayList<>(feeBasisHistory);
        this.feeBasisHistory.sort(Comparator.comparing(FeeBasis::validFrom));
        this.version = version;
    }

    /** The new organisation and the event recording its registration. */
    public record Registration(Organisation organisation, OrganisationRegistered event) {
    }

    public static Registration register(OrganisationId id, OrganisationNumber number, OrganisationProfile profile,
                                        Set<OrganisationRole> roles, Instant at) {
        Organisation organisation = new Organisation(id, number, profile, roles, List.of(), 0);
        var event = new OrganisationRegistered(UUID.randomUUID(), at, id, number, profile, organisation.roles);
        return new Registration(organisation, event);
    }

    /** Rebuilds a stored organisation; no event, no validation beyond the value objects'. */
    public static Organisation reconstitute(OrganisationId id, OrganisationNumber number, OrganisationProfile profile,
                                            Set<OrganisationRole> roles, long version) {
        return new Organisation(id, number, profile, roles, List.of(), version);
    }

    /** Rebuilds a stored organisation with its recorded changes of population and participation level. */
    public static Organisation reconstitute(OrganisationId id, OrganisationNumber number, OrganisationProfile profile,
                                            Set<OrganisationRole> roles, List<FeeBasis> feeBasisHistory,
                                            long version) {
        return new Organisation(id, number, profile, roles, feeBasisHistory, version);
    }

    /** A new profile whose population and participation level, if changed, apply from its registration. */
    public OrganisationUpdated update(OrganisationProfile newProfile, Instant at) {
        this.profile = Objects.requireNonNull(newProfile, "newProfile");
        return new OrganisationUpdated(UUID.randomUUID(), at, id, newProfile);
    }

    /**
     * A new profile; a changed population or participation level applies from {@code effectiveFrom} and is kept in
     * the history the fee rules read ({@link #feeBasisOn}), so the months before it keep the values they had. The
     * profile shows the latest values. A change on the same day as the last one replaces it.
     *
     * @throws ValidationException {@code effectiveFrom} before the last recorded change
     */
    public OrganisationUpdated update(OrganisationProfile newProfile, LocalDate effectiveFrom, Instant at) {
        Objects.requireNonNull(newProfile, "newProfile");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        boolean feeBasisChanged = !Objects.equals(profile.population(), newProfile.population())
                || profile.participationLevel() != newProfile.participationLevel();
        if (feeBasisChanged) {
            if (feeBasisHistory.isEmpty()) {
                feeBasisHistory.add(new FeeBasis(FeeBasis.SINCE_REGISTRATION, profile.population(),
                        profile.participationLevel()));
            }
            LocalDate last = feeBasisHistory.get(feeBasisHistory.size() - 1).validFrom();
            if (effectiveFrom.isBefore(last)) {
                throw ValidationException.of("effectiveFrom", ViolationCode.OUT_OF_RANGE, "the population or "
                        + "participation level last changed on " + last + "; a change applies from then or later");
            }
            feeBasisHistory.removeIf(b -> b.validFrom().equals(effectiveFrom));
            feeBasisHistory.add(new FeeBasis(effectiveFrom, newProfile.population(),
                    newProfile.participationLevel()));
        }
        return update(newProfile, at);
    }

    /** The population and participation level in force on {@code day}. */
    public FeeBasis feeBasisOn(LocalDate day) {
        FeeBasis found = null;
        for (FeeBasis basis : feeBasisHistory) {
            if (!basis.validFrom().isAfter(day)) {
                found = basis;
            }
        }
        return found != null ? found
                : new FeeBasis(FeeBasis.SINCE_REGISTRATION, profile.population(), profile.participationLevel());
    }

    /** The recorded changes, oldest first; empty while population and level never changed with a date. */
    public List<FeeBasis> feeBasisHistory() {
        return List.copyOf(feeBasisHistory);
    }

    public OrganisationRolesChanged changeRoles(Set<OrganisationRole> newRoles, Instant at) {
        Set<OrganisationRole> previous = roles;
        this.roles = copyOf(newRoles);
        return new OrganisationRolesChanged(UUID.randomUUID(), at, id, previous, roles);
    }

    /** Refuses a change based on an outdated read of this organisation. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION,
                    "organisation " + id + " is at version " + version + ", the change was based on version "
                            + expectedVersion);
        }
    }

    public boolean plays(OrganisationRole role) {
        return roles.contains(role);
    }

    public OrganisationId id() {
        return id;
    }

    public OrganisationNumber number() {
        return number;
    }

    public OrganisationProfile profile() {
        return profile;
    }

    public OrganisationName name() {
        return profile.name();
    }

    public OrganisationKind kind() {
        return profile.kind();
    }

    public Set<OrganisationRole> roles() {
        return roles;
    }

    /** Number of stored changes; 0 before the organisation is first stored. */
    public long version() {
        return version;
    }

    private static Set<OrganisationRole> copyOf(Set<OrganisationRole> roles) {
        Objects.requireNonNull(roles, "roles");
        return roles.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    @Override
    public String toString() {
        return "Organisation[" + id + ", " + number + ", " + profile.name() + "]";
    }
}
