package se.esp.adapter.web.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.web.json.JsonRequest;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;
import se.esp.domain.shared.ViolationCode;

/**
 * The JSON of the fee schedule, read and written. Amounts are decimal strings in kronor ({@code "6500.00"}) and
 * percentages decimal strings ({@code "5"}), so no client rounds money through a floating-point number.
 */
public final class FeeJson {

    private FeeJson() {
    }

    public static JsonObject of(FeeSchedule schedule) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        schedule.versions().forEach(v -> versions.add(rates(v)));
        JsonArrayBuilder partnerships = Json.createArrayBuilder();
        schedule.partnerships().forEach(p -> partnerships.add(partnership(p)));
        JsonArrayBuilder memberships = Json.createArrayBuilder();
        schedule.memberships().forEach(m -> memberships.add(membership(m)));
        JsonArrayBuilder jointCosts = Json.createArrayBuilder();
        schedule.jointCosts().forEach(c -> jointCosts.add(jointCost(c)));
        return Json.createObjectBuilder()
                .add("id", schedule.id().toString())
                .add("rates", versions)
                .add("partnerships", partnerships)
                .add("memberships", memberships)
                .add("jointCosts", jointCosts)
                .add("version", schedule.version())
                .build();
    }

    static JsonObject rates(RatesVersion version) {
        FeeRates rates = version.rates();
        JsonArrayBuilder bands = Json.createArrayBuilder();
        rates.membership().bands().forEach(b -> bands.add(Json.createObjectBuilder()
                .add("fromPopulation", b.fromPopulation())
                .add("entryFee", b.entryFee().toPlainString())
                .add("annualFee", b.annualFee().toPlainString())));
        JsonObjectBuilder participation = Json.createObjectBuilder();
        rates.participation().annualByLevel().forEach((level, fee) -> participation.add(level.name(),
                fee.toPlainString()));
        return Json.createObjectBuilder()
                .add("validFrom", version.validFrom().toString())
                .add("transactionFeePercent", rates.transactionFee().value().toPlainString())
                .add("scalingProjectFeePercent", rates.scalingProjectFee().value().toPlainString())
                .add("membershipBands", bands)
                .add("participationFees", participation)
                .add("indexation", Json.createObjectBuilder()
                        .add("yearlyPercent", rates.indexation().yearlyPercent().value().toPlainString())
                        .add("baseYear", rates.indexation().baseYear()))
                .build();
    }

    static JsonObject partnership(Partnership p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", p.id().toString())
                .add("partnerId", p.partner().toString())
                .add("fee", p.fee().toPlainString())
                .add("per", p.per().name())
                .add("startsOn", p.startsOn().toString());
        return date(json, "endsOn", p.endsOn()).build();
    }

    static JsonObject membership(Membership m) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", m.id().toString())
                .add("organisationId", m.member().toString())
                .add("joinedOn", m.joinedOn().toString());
        return date(json, "leftOn", m.leftOn()).build();
    }

    static JsonObject jointCost(JointCost c) {
        JsonArrayBuilder shares = Json.createArrayBuilder();
        c.shares().forEach(s -> shares.add(Json.createObjectBuilder()
                .add("organisationId", s.organisation().toString())
                .add("participants", s.participants())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", c.id().toString())
                .add("description", c.description())
                .add("amount", c.amount().toPlainString())
                .add("costKey", c.key().name())
                .add("shares", shares)
                .add("chargedIn", c.chargedIn().toString());
        return date(json, "cancelledOn", c.cancelledOn()).build();
    }

    /** Reads a version of the rates; {@code null} (with violations recorded) when something is wrong. */
    static RatesVersion readRates(JsonRequest request) {
        LocalDate validFrom = requiredDate(request, "validFrom");
        Percentage transaction = requiredPercent(request, "transactionFeePercent");
        Percentage scaling = requiredPercent(request, "scalingProjectFeePercent");
        List<PopulationBand> bands = new ArrayList<>();
        if (!request.has("membershipBands")) {
            request.violations().add("membershipBands", ViolationCode.REQUIRED, "is required");
        }
        // Nested readers report their violations with the body's in throwIfInvalid(); until then a nested
        // violation only shows in the nested reader, so it is tracked here to stop before building the rates.
        boolean nestedInvalid = false;
        for (JsonRequest band : request.objectList("membershipBands")) {
            Long from = band.optionalLong("fromPopulation");
            Money entry = requiredMoney(band, "entryFee");
            Money annual = requiredMoney(band, "annualFee");
            if (from == null) {
                band.violations().add("fromPopulation", ViolationCode.REQUIRED, "is required");
            } else if (entry != null && annual != null) {
                PopulationBand checked = band.check("fromPopulation", () -> new PopulationBand(from, entry, annual));
                if (checked != null) {
                    bands.add(checked);
                }
            }
            nestedInvalid |= !band.violations().isEmpty();
        }
        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        if (!request.has("participationFees")) {
            request.violations().add("participationFees", ViolationCode.REQUIRED, "is required");
        }
        JsonRequest fees = request.optionalObject("participationFees");
        if (fees != null) {
            for (String name : fees.fieldNames()) {
                ParticipationLevel level = JsonRequest.enumValue(fees.violations(), name, name,
                        ParticipationLevel.class);
                Money fee = requiredMoney(fees, name);
                if (level != null && fee != null) {
                    participation.put(level, fee);
                }
            }
            nestedInvalid |= !fees.violations().isEmpty();
        }
        Indexation indexation = null;
        if (!request.has("indexation")) {
            request.violations().add("indexation", ViolationCode.REQUIRED, "is required");
        }
        JsonRequest index = request.optionalObject("indexation");
        if (index != null) {
            Percentage yearly = requiredPercent(index, "yearlyPercent");
            Long baseYear = index.optionalLong("baseYear");
            if (baseYear == null) {
                index.violations().add("baseYear", ViolationCode.REQUIRED, "is required");
            } else if (yearly != null) {
                indexation = index.check("baseYear", () -> new Indexation(yearly, Math.toIntExact(
                        Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, baseYear)))));
            }
            nestedInvalid |= !index.violations().isEmpty();
        }
        if (nestedInvalid || !request.violations().isEmpty() || validFrom == null || transaction == null
                || scaling == null || indexation == null) {
            return null;
        }
        MembershipFees membership = request.check("membershipBands", () -> new MembershipFees(bands));
        ParticipationFees participationFees = request.check("participationFees",
                () -> new ParticipationFees(participation));
        if (membership == null || participationFees == null) {
            return null;
        }
        return new RatesVersion(validFrom, new FeeRates(transaction, scaling, membership, participationFees,
                indexation));
    }

    public static Money requiredMoney(JsonRequest request, String field) {
        String text = request.requiredString(field);
        return text == null ? null : request.check(field, () -> Money.parse(text));
    }

    static Percentage requiredPercent(JsonRequest request, String field) {
        String text = request.requiredString(field);
        return text == null ? null : request.check(field, () -> Percentage.of(text));
    }

    public static LocalDate requiredDate(JsonRequest request, String field) {
        String text = request.requiredString(field);
        return text == null ? null : date(request, field, text);
    }

    static LocalDate optionalDate(JsonRequest request, String field) {
        String text = request.optionalString(field);
        return text == null ? null : date(request, field, text);
    }

    private static LocalDate date(JsonRequest request, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a date like 2026-11-10");
            return null;
        }
    }

    static YearMonth requiredMonth(JsonRequest request, String field) {
        String text = request.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a month like 2026-11");
            return null;
        }
    }

    private static JsonObjectBuilder date(JsonObjectBuilder json, String field, LocalDate day) {
        return day == null ? json.addNull(field) : json.add(field, day.toString());
    }
}
