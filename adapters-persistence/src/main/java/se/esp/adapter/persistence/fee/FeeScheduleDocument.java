package se.esp.adapter.persistence.fee;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import se.esp.domain.fee.BillingPeriod;
import se.esp.domain.fee.CostKey;
import se.esp.domain.fee.CostShare;
import se.esp.domain.fee.FeeItemId;
import se.esp.domain.fee.FeeRates;
import se.esp.domain.fee.FeeSchedule;
import se.esp.domain.fee.FeeScheduleId;
import se.esp.domain.fee.Indexation;
import se.esp.domain.fee.JointCost;
import se.esp.domain.fee.Membership;
import se.esp.domain.fee.MembershipFees;
import se.esp.domain.fee.ParticipationFees;
import se.esp.domain.fee.Partnership;
import se.esp.domain.fee.PopulationBand;
import se.esp.domain.fee.RatesVersion;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.Percentage;

/**
 * The fee schedule as a JSON document, written and read field by field (the same shapes appear in the fee events'
 * payloads). Amounts are whole öre as integers, percentages as decimal strings, dates ISO-8601.
 */
public final class FeeScheduleDocument {

    private FeeScheduleDocument() {
    }

    public static String write(FeeSchedule schedule) {
        JsonArrayBuilder versions = JSON.createArrayBuilder();
        schedule.versions().forEach(v -> versions.add(rates(v)));
        JsonArrayBuilder partnerships = JSON.createArrayBuilder();
        schedule.partnerships().forEach(p -> partnerships.add(partnership(p)));
        JsonArrayBuilder memberships = JSON.createArrayBuilder();
        schedule.memberships().forEach(m -> memberships.add(membership(m)));
        JsonArrayBuilder jointCosts = JSON.createArrayBuilder();
        schedule.jointCosts().forEach(c -> jointCosts.add(jointCost(c)));
        return JSON.createObjectBuilder()
                .add("versions", versions)
                .add("partnerships", partnerships)
                .add("memberships", memberships)
                .add("jointCosts", jointCosts)
                .build().toString();
    }

    public static FeeSchedule read(String id, String document, long version) {
        JsonObject json = JSON.createReader(new StringReader(document)).readObject();
        List<RatesVersion> versions = new ArrayList<>();
        json.getJsonArray("versions").getValuesAs(JsonObject.class).forEach(v -> versions.add(readRates(v)));
        List<Partnership> partnerships = new ArrayList<>();
        json.getJsonArray("partnerships").getValuesAs(JsonObject.class).forEach(p -> partnerships.add(new Partnership(
                new FeeItemId(UUID.fromString(p.getString("id"))), organisation(p.getString("partnerId")),
                Money.ofOre(p.getJsonNumber("feeOre").longValueExact()), BillingPeriod.valueOf(p.getString("per")),
                LocalDate.parse(p.getString("startsOn")), date(p, "endsOn"))));
        List<Membership> memberships = new ArrayList<>();
        json.getJsonArray("memberships").getValuesAs(JsonObject.class).forEach(m -> memberships.add(new Membership(
                new FeeItemId(UUID.fromString(m.getString("id"))), organisation(m.getString("organisationId")),
                LocalDate.parse(m.getString("joinedOn")), date(m, "leftOn"))));
        List<JointCost> jointCosts = new ArrayList<>();
        json.getJsonArray("jointCosts").getValuesAs(JsonObject.class).forEach(c -> {
            List<CostShare> shares = new ArrayList<>();
            c.getJsonArray("shares").getValuesAs(JsonObject.class).forEach(s -> shares.add(new CostShare(
                    organisation(s.getString("organisationId")), s.getJsonNumber("participants").longValueExact())));
            jointCosts.add(new JointCost(new FeeItemId(UUID.fromString(c.getString("id"))), c.getString("description"),
                    Money.ofOre(c.getJsonNumber("amountOre").longValueExact()), CostKey.valueOf(c.getString("costKey")),
                    shares, YearMonth.parse(c.getString("chargedIn")), date(c, "cancelledOn")));
        });
        return FeeSchedule.reconstitute(new FeeScheduleId(UUID.fromString(id)), versions, partnerships, memberships,
                jointCosts, version);
    }

    public static JsonObject rates(RatesVersion version) {
        FeeRates rates = version.rates();
        JsonArrayBuilder bands = JSON.createArrayBuilder();
        rates.membership().bands().forEach(b -> bands.add(JSON.createObjectBuilder()
                .add("fromPopulation", b.fromPopulation())
                .add("entryFeeOre", b.entryFee().ore())
                .add("annualFeeOre", b.annualFee().ore())));
        JsonObjectBuilder participation = JSON.createObjectBuilder();
        rates.participation().annualByLevel().forEach((level, fee) -> participation.add(level.name(), fee.ore()));
        return JSON.createObjectBuilder()
                .add("validFrom", version.validFrom().toString())
                .add("transactionFeePercent", rates.transactionFee().value().toPlainString())
                .add("scalingProjectFeePercent", rates.scalingProjectFee().value().toPlainString())
                .add("membershipBands", bands)
                .add("participationFeesOre", participation)
                .add("indexation", JSON.createObjectBuilder()
                        .add("yearlyPercent", rates.indexation().yearlyPercent().value().toPlainString())
                        .add("baseYear", rates.indexation().baseYear()))
                .build();
    }

    static RatesVersion readRates(JsonObject v) {
        List<PopulationBand> bands = new ArrayList<>();
        v.getJsonArray("membershipBands").getValuesAs(JsonObject.class).forEach(b -> bands.add(new PopulationBand(
                b.getJsonNumber("fromPopulation").longValueExact(),
                Money.ofOre(b.getJsonNumber("entryFeeOre").longValueExact()),
                Money.ofOre(b.getJsonNumber("annualFeeOre").longValueExact()))));
        Map<ParticipationLevel, Money> participation = new EnumMap<>(ParticipationLevel.class);
        JsonObject fees = v.getJsonObject("participationFeesOre");
        fees.keySet().forEach(level -> participation.put(ParticipationLevel.valueOf(level),
                Money.ofOre(fees.getJsonNumber(level).longValueExact())));
        JsonObject indexation = v.getJsonObject("indexation");
        return new RatesVersion(LocalDate.parse(v.getString("validFrom")), new FeeRates(
                new Percentage(new BigDecimal(v.getString("transactionFeePercent"))),
                new Percentage(new BigDecimal(v.getString("scalingProjectFeePercent"))),
                new MembershipFees(bands), new ParticipationFees(participation),
                new Indexation(new Percentage(new BigDecimal(indexation.getString("yearlyPercent"))),
                        indexation.getInt("baseYear"))));
    }

    public static JsonObject partnership(Partnership p) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", p.id().toString())
                .add("partnerId", p.partner().toString())
                .add("feeOre", p.fee().ore())
                .add("per", p.per().name())
                .add("startsOn", p.startsOn().toString());
        return date(json, "endsOn", p.endsOn()).build();
    }

    public static JsonObject membership(Membership m) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", m.id().toString())
                .add("organisationId", m.member().toString())
                .add("joinedOn", m.joinedOn().toString());
        return date(json, "leftOn", m.leftOn()).build();
    }

    public static JsonObject jointCost(JointCost c) {
        JsonArrayBuilder shares = JSON.createArrayBuilder();
        c.shares().forEach(s -> shares.add(JSON.createObjectBuilder()
                .add("organisationId", s.organisation().toString())
                .add("participants", s.participants())));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", c.id().toString())
                .add("description", c.description())
                .add("amountOre", c.amount().ore())
                .add("costKey", c.key().name())
                .add("shares", shares)
                .add("chargedIn", c.chargedIn().toString());
        return date(json, "cancelledOn", c.cancelledOn()).build();
    }

    private static JsonObjectBuilder date(JsonObjectBuilder json, String field, LocalDate day) {
        return day == null ? json.addNull(field) : json.add(field, day.toString());
    }

    private static LocalDate date(JsonObject json, String field) {
        return !json.containsKey(field) || json.get(field).getValueType() == JsonValue.ValueType.NULL ? null
                : LocalDate.parse(json.getString(field));
    }

    private static OrganisationId organisation(String id) {
        return new OrganisationId(UUID.fromString(id));
    }
}
