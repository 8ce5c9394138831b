package se.esp.domain.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The fee rules the owner configures: the rates in versions that each apply from a date (so every settled amount
 * can be explained by the version in force on its date), the partners' agreed fees, the memberships and the joint
 * costs to split. The platform has one.
 *
 * <p>A version is never edited: a change of rates is a new version from a date; a version with the same date is
 * replaced (it has not applied to anything the caller is allowed to change). Whether a date falls in a closed
 * settlement period is the use case's check, as the schedule does not know the periods.</p>
 */
public final class FeeSchedule {

    private final FeeScheduleId id;
    private final List<RatesVersion> versions;
    private final List<Partnership> partnerships;
    private final List<Membership> memberships;
    private final List<JointCost> jointCosts;
    private final long version;

    private FeeSchedule(FeeScheduleId id, List<RatesVersion> versions, List<Partnership> partnerships,
                        List<Membership> memberships, List<JointCost> jointCosts, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparing(RatesVersion::validFrom));
        this.partnerships = new ArrayList<>(partnerships);
        this.memberships = new ArrayList<>(memberships);
        this.jointCosts = new ArrayList<>(jointCosts);
        this.version = version;
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("a fee schedule has at least one version of rates");
        }
    }

    /** The new schedule and the event recording it. */
    public record Establishment(FeeSchedule schedule, FeeScheduleEstablished event) {
    }

    public static Establishment establish(FeeScheduleId id, RatesVersion first, Instant at) {
        FeeSchedule schedule = new FeeSchedule(id, List.of(first), List.of(), List.of(), List.of(), 0);
        return new Establishment(schedule, new FeeScheduleEstablished(UUID.randomUUID(), at, id, first));
    }

    public static FeeSchedule reconstitute(FeeScheduleId id, List<RatesVersion> versions,
                                           List<Partnership> partnerships, List<Membership> memberships,
                                           List<JointCost> jointCosts, long version) {
        return new FeeSchedule(id, versions, partnerships, memberships, jointCosts, version);
    }

    /** New rates from {@code next.validFrom()}; a version with the same date is replaced. */
    public FeeRatesChanged changeRates(RatesVersion next, Instant at) {
        versions.removeIf(v -> v.validFrom().equals(next.validFrom()));
        versions.add(next);
        versions.sort(Comparator.comparing(RatesVersion::validFrom));
        return new FeeRatesChanged(UUID.randomUUID(), at, id, next);
    }

    public PartnershipAgreed agree(Partnership partnership, Instant at) {
        partnerships.add(Objects.requireNonNull(partnership, "partnership"));
        return new PartnershipAgreed(UUID.randomUUID(), at, id, partnership);
    }

    /** @throws DomainException {@code ALREADY_A_MEMBER} if the organisation's membership has not ended */
    public MembershipStarted admit(Membership membership, Instant at) {
        boolean alreadyMember = memberships.stream().anyMatch(m -> m.member().equals(membership.member())
                && (m.leftOn() == null || !m.leftOn().isBefore(membership.joinedOn())));
        if (alreadyMember) {
            throw new DomainException(ErrorCode.ALREADY_A_MEMBER,
                    "organisation " + membership.member() + " is already a member on " + membership.joinedOn());
        }
        memberships.add(membership);
        return new MembershipStarted(UUID.randomUUID(), at, id, membership);
    }

    /** Ends a partnership or membership after {@code lastDay}. */
    public FeeAgreementEnded end(FeeItemId agreementId, LocalDate lastDay, Instant at) {
        for (int i = 0; i < partnerships.size(); i++) {
            Partnership partnership = partnerships.get(i);
            if (partnership.id().equals(agreementId)) {
                if (partnership.endsOn() != null) {
                    throw alreadyEnded(agreementId);
                }
                partnerships.set(i, partnership.endingOn(lastDay));
                return new FeeAgreementEnded(UUID.randomUUID(), at, id, agreementId,
                        FeeAgreementEnded.Kind.PARTNERSHIP, lastDay);
            }
        }
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            if (membership.id().equals(agreementId)) {
                if (membership.leftOn() != null) {
                    throw alreadyEnded(agreementId);
                }
                memberships.set(i, membership.leavingOn(lastDay));
                return new FeeAgreementEnded(UUID.randomUUID(), at, id, agreementId,
                        FeeAgreementEnded.Kind.MEMBERSHIP, lastDay);
            }
        }
        throw notFound(agreementId);
    }

    public JointCostRecorded record(JointCost jointCost, Instant at) {
        jointCosts.add(Objects.requireNonNull(jointCost, "jointCost"));
        return new JointCostRecorded(UUID.randomUUID(), at, id, jointCost);
    }

    public JointCostCancelled cancelJointCost(FeeItemId jointCostId, LocalDate on, Instant at) {
        for (int i = 0; i < jointCosts.size(); i++) {
            JointCost cost = jointCosts.get(i);
            if (cost.id().equals(jointCostId)) {
                if (cost.isCancelled()) {
                    throw alreadyEnded(jointCostId);
                }
                jointCosts.set(i, cost.cancelledOn(on));
                return new JointCostCancelled(UUID.randomUUID(), at, id, jointCostId, on);
            }
        }
        throw notFound(jointCostId);
    }

    /** The version of the rates in force on {@code day}, if the schedule reaches back that far. */
    public Optional<RatesVersion> ratesOn(LocalDate day) {
        RatesVersion found = null;
        for (RatesVersion candidate : versions) {
            if (!candidate.validFrom().isAfter(day)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Like {@link #ratesOn} but refuses a date before the first version. */
    public RatesVersion requireRatesOn(LocalDate day) {
        return ratesOn(day).orElseThrow(() -> new DomainException(ErrorCode.NO_RATES_ON_DATE,
                "the fee schedule starts on " + versions.get(0).validFrom() + ", there are no rates for " + day));
    }

    public Optional<Partnership> partnership(FeeItemId itemId) {
        return partnerships.stream().filter(p -> p.id().equals(itemId)).findFirst();
    }

    public Optional<Membership> membership(FeeItemId itemId) {
        return memberships.stream().filter(m -> m.id().equals(itemId)).findFirst();
    }

    public Optional<JointCost> jointCost(FeeItemId itemId) {
        return jointCosts.stream().filter(c -> c.id().equals(itemId)).findFirst();
    }

    /** Refuses a change based on an outdated read. */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new DomainException(ErrorCode.STALE_VERSION, "the fee schedule is at version " + version
                    + ", the change was based on version " + expectedVersion);
        }
    }

    public FeeScheduleId id() {
        return id;
    }

    /** Oldest first. */
    public List<RatesVersion> versions() {
        return List.copyOf(versions);
    }

    public List<Partnership> partnerships() {
        return List.copyOf(partnerships);
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public List<JointCost> jointCosts() {
        return List.copyOf(jointCosts);
    }

    public long version() {
        return version;
    }

    private static DomainException notFound(FeeItemId itemId) {
        return new DomainException(ErrorCode.FEE_ITEM_NOT_FOUND, "the fee schedule has nothing with id " + itemId);
    }

    private static DomainException alreadyEnded(FeeItemId itemId) {
        return new DomainException(ErrorCode.FEE_ITEM_ALREADY_ENDED, itemId + " has already ended");
    }
}
