package se.esp.adapter.persistence.outbox;

import static se.esp.adapter.persistence.storage.JsonDocuments.JSON;

import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.persistence.fee.FeeScheduleDocument;
import se.esp.domain.fee.FeeAgreementEnded;
import se.esp.domain.fee.FeeRatesChanged;
import se.esp.domain.fee.FeeScheduleEstablished;
import se.esp.domain.fee.FeeScheduleEvent;
import se.esp.domain.fee.JointCostCancelled;
import se.esp.domain.fee.JointCostRecorded;
import se.esp.domain.fee.MembershipStarted;
import se.esp.domain.fee.PartnershipAgreed;
import se.esp.domain.project.ScalingProjectEvent;
import se.esp.domain.project.ScalingProjectRegistered;
import se.esp.domain.project.ScalingProjectStatusChanged;
import se.esp.domain.settlement.SettlementPeriodClosed;
import se.esp.domain.settlement.SettlementPeriodEvent;
import se.esp.domain.settlement.SettlementPeriodSettled;

/**
 * Payloads of the fee schedule, scaling project and settlement period events, schema version 1. Amounts are whole
 * öre as integers ({@code …Ore}), so no consumer parses a decimal to handle money.
 */
final class FeeEventJson {

    private FeeEventJson() {
    }

    static SerializedEvent serialize(FeeScheduleEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("scheduleId", event.scheduleId().toString());
        String type;
        if (event instanceof FeeScheduleEstablished established) {
            type = "FeeScheduleEstablished";
            payload.add("rates", FeeScheduleDocument.rates(established.rates()));
        } else if (event instanceof FeeRatesChanged changed) {
            type = "FeeRatesChanged";
            payload.add("rates", FeeScheduleDocument.rates(changed.rates()));
        } else if (event instanceof PartnershipAgreed agreed) {
            type = "PartnershipAgreed";
            payload.add("partnership", FeeScheduleDocument.partnership(agreed.partnership()));
        } else if (event instanceof MembershipStarted started) {
            type = "MembershipStarted";
            payload.add("membership", FeeScheduleDocument.membership(started.membership()));
        } else if (event instanceof FeeAgreementEnded ended) {
            type = "FeeAgreementEnded";
            payload.add("agreementId", ended.agreementId().toString())
                    .add("kind", ended.kind().name())
                    .add("lastDay", ended.lastDay().toString());
        } else if (event instanceof JointCostRecorded recorded) {
            type = "JointCostRecorded";
            payload.add("jointCost", FeeScheduleDocument.jointCost(recorded.jointCost()));
        } else if (event instanceof JointCostCancelled cancelled) {
            type = "JointCostCancelled";
            payload.add("jointCostId", cancelled.jointCostId().toString())
                    .add("cancelledOn", cancelled.cancelledOn().toString());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "FeeSchedule", payload.build().toString());
    }

    static SerializedEvent serialize(ScalingProjectEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("projectId", event.projectId().toString());
        String type;
        if (event instanceof ScalingProjectRegistered registered) {
            type = "ScalingProjectRegistered";
            payload.add("ownerId", registered.owner().toString())
                    .add("name", registered.name())
                    .add("budgetOre", registered.budget().ore());
        } else if (event instanceof ScalingProjectStatusChanged changed) {
            type = "ScalingProjectStatusChanged";
            payload.add("previousStatus", changed.previous().name())
                    .add("status", changed.status().name())
                    .add("on", changed.on().toString());
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "ScalingProject", payload.build().toString());
    }

    static SerializedEvent serialize(SettlementPeriodEvent event) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("period", event.period().toString());
        String type;
        if (event instanceof SettlementPeriodSettled settled) {
            type = "SettlementPeriodSettled";
            payload.add("runNumber", settled.runNumber())
                    .add("lineCount", settled.lineCount())
                    .add("feeRevenueOre", settled.feeRevenue().ore());
        } else if (event instanceof SettlementPeriodClosed closed) {
            type = "SettlementPeriodClosed";
            var positions = JSON.createArrayBuilder();
            closed.netPositions().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey(
                            java.util.Comparator.comparing(se.esp.domain.organisation.OrganisationId::toString)))
                    .forEach(e -> positions.add(JSON.createObjectBuilder()
                            .add("organisationId", e.getKey().toString())
                            .add("netOre", e.getValue().ore())));
            payload.add("runNumber", closed.runNumber()).add("netPositions", positions);
        } else {
            throw new IllegalArgumentException("no serialization for " + event.getClass().getName());
        }
        return new SerializedEvent(type, 1, "SettlementPeriod", payload.build().toString());
    }
}
