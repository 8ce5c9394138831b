package se.esp.adapter.web.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;

/**
 * The fee schedule API's request and response models: what the JSON binding reads and writes and what the OpenAPI
 * document describes, from the same records. Amounts and percentages leave as decimal strings ({@code "6500.00"},
 * {@code "5"}) and are read as exact decimals ({@code "6500.00"} or {@code 6500.00}), so no client or server rounds
 * money through a binary floating point.
 */
final class FeeModels {

    private FeeModels() {
    }

    // Requests

    @Schema(name = "NewFeeRates", description = "A version of the fee rates: it applies from validFrom until the next "
            + "version's day", additionalProperties = Schema.False.class)
    record RatesRequest(
            @Schema(required = true, format = "date", example = "2026-01-01",
                    description = "The first day these rates apply")
            LocalDate validFrom,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0", maximum = "100",
                    example = "5", description = "Per cent of every sold delivery, charged to the supplier; at most "
                    + "four decimals")
            BigDecimal transactionFeePercent,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0", maximum = "100",
                    example = "10", description = "Per cent of a scaling project's budget, charged to its owner; at "
                    + "most four decimals")
            BigDecimal scalingProjectFeePercent,
            @Schema(required = true, minItems = 1, maxItems = 50, description = "Entry and annual membership fees "
                    + "by population; the first band starts at 0, no two at the same population")
            List<BandRequest> membershipBands,
            @Schema(required = true, description = "The annual participation fee in kronor of every "
                    + "participation level (DRIVING, ACTIVE, PARTICIPATING, ASSOCIATED), each given once",
                    example = "{\"DRIVING\": \"1000000.00\", \"ACTIVE\": \"500000.00\", \"PARTICIPATING\": "
                            + "\"200000.00\", \"ASSOCIATED\": \"50000.00\"}",
                    additionalProperties = ParticipationFeeRequest.class)
            Map<String, BigDecimal> participationFees,
            @Schema(required = true, description = "How the fixed amounts rise year by year") IndexationRequest indexation) {
    }

    @Schema(name = "NewMembershipBand", description = "Organisations of at least fromPopulation inhabitants (and fewer "
            + "than the next band's start) pay entryFee once and annualFee every year",
            additionalProperties = Schema.False.class)
    record BandRequest(
            @Schema(required = true, minimum = "0", example = "10000") Long fromPopulation,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0", example = "10000.00",
                    description = "Kronor with at most two decimals")
            BigDecimal entryFee,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0", example = "16000.00",
                    description = "Kronor with at most two decimals")
            BigDecimal annualFee) {
    }

    @Schema(name = "NewIndexation", description = "The fixed amounts are stated at the prices of baseYear and raised by "
            + "yearlyPercent for every year after it, compounded", additionalProperties = Schema.False.class)
    record IndexationRequest(
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0", maximum = "100",
                    example = "5")
            BigDecimal yearlyPercent,
            @Schema(required = true, minimum = "2000", maximum = "2200", example = "2026") Integer baseYear) {
    }

    /** Not a model of its own: describes the values of {@link RatesRequest#participationFees} in the document. */
    @Schema(name = "NewParticipationFee", type = SchemaType.STRING, format = "decimal", minimum = "0",
            example = "500000.00", description = "A year's fee in kronor with at most two decimals, as text "
            + "(\"500000.00\") or a JSON number")
    interface ParticipationFeeRequest {
    }

    @Schema(name = "AgreePartnership", description = "A partner's fixed fee per billing period, prorated by days when "
            + "the partnership covers a period only in part", additionalProperties = Schema.False.class)
    record PartnershipRequest(
            @Schema(required = true, format = "uuid", description = "The partner organisation")
            UUID partnerId,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0.01",
                    example = "30000.00", description = "Kronor per billing period, more than 0, at most two decimals")
            BigDecimal fee,
            @Schema(required = true) BillingPeriod per,
            @Schema(required = true, format = "date", example = "2026-11-10") LocalDate startsOn,
            @Schema(format = "date", example = "2027-12-31", description = "The last day; open-ended when absent")
            LocalDate endsOn) {
    }

    @Schema(name = "AdmitMember", description = "An organisation becomes a member on a day",
            additionalProperties = Schema.False.class)
    record MembershipRequest(
            @Schema(required = true, format = "uuid") UUID organisationId,
            @Schema(required = true, format = "date", example = "2026-11-10") LocalDate joinedOn) {
    }

    @Schema(name = "EndAgreement", description = "A partnership or membership ends after its last day",
            additionalProperties = Schema.False.class)
    record EndAgreementRequest(
            @Schema(required = true, format = "date", example = "2027-06-30") LocalDate lastDay) {
    }

    @Schema(name = "RecordJointCost", description = "A cost the organisations share, split by a cost key in the "
            + "settlement of chargedIn", additionalProperties = Schema.False.class)
    record JointCostRequest(
            @Schema(required = true, maxLength = 200, example = "Gemensam utveckling") String description,
            @Schema(required = true, type = SchemaType.STRING, format = "decimal", minimum = "0.01",
                    example = "100000.00", description = "Kronor, more than 0, at most two decimals")
            BigDecimal amount,
            @Schema(required = true) CostKey costKey,
            @Schema(required = true, minItems = 1, maxItems = 1000, description = "The organisations sharing it, "
                    + "each once")
            List<ShareRequest> shares,
            @Schema(required = true, type = SchemaType.STRING, pattern = "\\d{4}-\\d{2}", example = "2026-11",
                    description = "The month whose settlement charges it")
            YearMonth chargedIn) {
    }

    @Schema(name = "NewCostShare", description = "An organisation sharing a joint cost",
            additionalProperties = Schema.False.class)
    record ShareRequest(
            @Schema(required = true, format = "uuid") UUID organisationId,
            @Schema(minimum = "0", example = "2", description = "Its participants; counts only for the key "
                    + "BY_PARTICIPANTS; 0 when absent")
            Long participants) {
    }

    @Schema(name = "CancelJointCost", description = "A joint cost is no longer due from a day",
            additionalProperties = Schema.False.class)
    record CancelJointCostRequest(
            @Schema(required = true, format = "date", example = "2026-11-24") LocalDate on) {
    }

    // Responses

    @Schema(name = "FeeSchedule", description = "The fee rules the owner configures: every version of the rates, "
            + "the partnerships, memberships and joint costs", additionalProperties = Schema.False.class)
    record ScheduleView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, description = "Every version of the rates, oldest first") List<RatesView> rates,
            @Schema(required = true) List<PartnershipView> partnerships,
            @Schema(required = true) List<MembershipView> memberships,
            @Schema(required = true) List<JointCostView> jointCosts,
            @Schema(required = true, description = "The version; also the ETag, sent back in If-Match to change it",
                    example = "1")
            long version) {

        static ScheduleView of(FeeSchedule schedule) {
            return new ScheduleView(schedule.id().toString(),
                    schedule.versions().stream().map(RatesView::of).toList(),
                    schedule.partnerships().stream().map(PartnershipView::of).toList(),
                    schedule.memberships().stream().map(MembershipView::of).toList(),
                    schedule.jointCosts().stream().map(JointCostView::of).toList(),
                    schedule.version());
        }
    }

    @Schema(name = "FeeRates", description = "One version of the fee rates", additionalProperties = Schema.False.class)
    record RatesView(
            @Schema(required = true, format = "date", example = "2026-01-01") LocalDate validFrom,
            @Schema(required = true, format = "decimal", example = "5") String transactionFeePercent,
            @Schema(required = true, format = "decimal", example = "10") String scalingProjectFeePercent,
            @Schema(required = true, description = "By population, the lowest first") List<BandView> membershipBands,
            @Schema(required = true, description = "The annual fee of each participation level, kronor as decimal "
                    + "strings",
                    example = "{\"DRIVING\": \"1000000.00\", \"ACTIVE\": \"500000.00\", \"PARTICIPATING\": "
                            + "\"200000.00\", \"ASSOCIATED\": \"50000.00\"}",
                    additionalProperties = ParticipationFeeView.class)
            Map<String, String> participationFees,
            @Schema(required = true) IndexationView indexation) {

        static RatesView of(RatesVersion version) {
            FeeRates rates = version.rates();
            Map<String, String> participation = new LinkedHashMap<>();
            rates.participation().annualByLevel().forEach((level, fee) -> participation.put(level.name(),
                    fee.toPlainString()));
            return new RatesView(version.validFrom(), rates.transactionFee().value().toPlainString(),
                    rates.scalingProjectFee().value().toPlainString(),
                    rates.membership().bands().stream().map(BandView::of).toList(), participation,
                    new IndexationView(rates.indexation().yearlyPercent().value().toPlainString(),
                            rates.indexation().baseYear()));
        }
    }

    /** Not a model of its own: describes the values of {@link RatesView#participationFees} in the document. */
    @Schema(name = "ParticipationFee", type = SchemaType.STRING, format = "decimal", example = "500000.00",
            description = "A year's fee in kronor, two decimals")
    interface ParticipationFeeView {
    }

    @Schema(name = "MembershipBand", additionalProperties = Schema.False.class)
    record BandView(
            @Schema(required = true, example = "10000") long fromPopulation,
            @Schema(required = true, format = "decimal", example = "10000.00") String entryFee,
            @Schema(required = true, format = "decimal", example = "16000.00") String annualFee) {

        static BandView of(PopulationBand band) {
            return new BandView(band.fromPopulation(), band.entryFee().toPlainString(),
                    band.annualFee().toPlainString());
        }
    }

    @Schema(name = "Indexation", additionalProperties = Schema.False.class)
    record IndexationView(
            @Schema(required = true, format = "decimal", example = "5") String yearlyPercent,
            @Schema(required = true, example = "2026") int baseYear) {
    }

    @Schema(name = "Partnership", description = "A partner's fixed fee per billing period",
            additionalProperties = Schema.False.class)
    record PartnershipView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String partnerId,
            @Schema(required = true, format = "decimal", example = "30000.00") String fee,
            @Schema(required = true) BillingPeriod per,
            @Schema(required = true, format = "date", example = "2026-11-10") LocalDate startsOn,
            @Schema(required = true, nullable = true, format = "date", example = "2027-12-31",
                    description = "The last day; null while open-ended")
            LocalDate endsOn) {

        static PartnershipView of(Partnership partnership) {
            return new PartnershipView(partnership.id().toString(), partnership.partner().toString(),
                    partnership.fee().toPlainString(), partnership.per(), partnership.startsOn(), partnership.endsOn());
        }
    }

    @Schema(name = "Membership", additionalProperties = Schema.False.class)
    record MembershipView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, format = "date", example = "2026-11-10") LocalDate joinedOn,
            @Schema(required = true, nullable = true, format = "date", example = "2027-06-30",
                    description = "The last day; null while a member")
            LocalDate leftOn) {

        static MembershipView of(Membership membership) {
            return new MembershipView(membership.id().toString(), membership.member().toString(),
                    membership.joinedOn(), membership.leftOn());
        }
    }

    @Schema(name = "JointCost", description = "A cost the organisations share", additionalProperties = Schema.False.class)
    record JointCostView(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true, example = "Gemensam utveckling") String description,
            @Schema(required = true, format = "decimal", example = "100000.00") String amount,
            @Schema(required = true) CostKey costKey,
            @Schema(required = true) List<ShareView> shares,
            @Schema(required = true, pattern = "\\d{4}-\\d{2}", example = "2026-11") String chargedIn,
            @Schema(required = true, nullable = true, format = "date", example = "2026-11-24",
                    description = "null unless cancelled")
            LocalDate cancelledOn) {

        static JointCostView of(JointCost cost) {
            return new JointCostView(cost.id().toString(), cost.description(), cost.amount().toPlainString(),
                    cost.key(), cost.shares().stream().map(s -> new ShareView(s.organisation().toString(),
                    s.participants())).toList(), cost.chargedIn().toString(), cost.cancelledOn());
        }
    }

    @Schema(name = "CostShare", additionalProperties = Schema.False.class)
    record ShareView(
            @Schema(required = true, format = "uuid") String organisationId,
            @Schema(required = true, example = "2") long participants) {
    }
}
