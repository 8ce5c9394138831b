package se.esp.application.port.in.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * The commands that change the fee schedule. Each carries the version of the schedule the user read; each is
 * valid by construction (its parts are validated value objects, checked again where they are combined).
 */
public final class FeeScheduleCommands {

    private FeeScheduleCommands() {
    }

    /** Establish the platform's fee schedule with its first rates. */
    public record Establish(RatesVersion rates) {
        public Establish {
            Objects.requireNonNull(rates, "rates");
        }
    }

    /** New rates from a date (a version with the same date is replaced). */
    public record ChangeRates(long expectedVersion, RatesVersion rates) {
        public ChangeRates {
            Objects.requireNonNull(rates, "rates");
        }
    }

    /** A partner's fixed fee per billing period; {@code endsOn} may be {@code null}. */
    public record AgreePartnership(long expectedVersion, OrganisationId partner, Money fee, BillingPeriod per,
                                   LocalDate startsOn, LocalDate endsOn) {
        public AgreePartnership {
            Objects.requireNonNull(partner, "partner");
        }
    }

    /** An organisation becomes a member on a day. */
    public record AdmitMember(long expectedVersion, OrganisationId member, LocalDate joinedOn) {
        public AdmitMember {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(joinedOn, "joinedOn");
        }
    }

    /** A partnership or membership ends after {@code lastDay}. */
    public record EndAgreement(long expectedVersion, FeeItemId agreement, LocalDate lastDay) {
        public EndAgreement {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    /** A joint cost to split by a cost key in the settlement of {@code chargedIn}. */
    public record RecordJointCost(long expectedVersion, String description, Money amount, CostKey key,
                                  List<CostShare> shares, YearMonth chargedIn) {
        public RecordJointCost {
            shares = shares == null ? List.of() : List.copyOf(shares);
        }
    }

    /** A joint cost is cancelled on a day. */
    public record CancelJointCost(long expectedVersion, FeeItemId jointCost, LocalDate on) {
        public CancelJointCost {
            Objects.requireNonNull(jointCost, "jointCost");
            Objects.requireNonNull(on, "on");
        }
    }
}
