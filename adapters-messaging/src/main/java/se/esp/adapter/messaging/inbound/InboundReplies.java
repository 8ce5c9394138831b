package se.esp.adapter.messaging.inbound;

import static se.esp.adapter.common.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.esp.adapter.messaging.inbound.InboundOutcome.Accepted;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.domain.shared.Violation;

/**
 * The reply sent to {@code JMSReplyTo} (schemas {@code schemas/replies/ApplicationAccepted.v1.json} and
 * {@code ApplicationRejected.v1.json}).
 */
public final class InboundReplies {

    private InboundReplies() {
    }

    public static String json(InboundOutcome outcome) {
        if (outcome instanceof Accepted accepted) {
            return JSON.createObjectBuilder().add("status", "ACCEPTED")
                    .add("applicationId", accepted.applicationId())
                    .add("applicationStatus", accepted.applicationStatus())
                    .add("created", accepted.created()).build().toString();
        }
        Rejected rejected = (Rejected) outcome;
        JsonArrayBuilder violations = JSON.createArrayBuilder();
        for (Violation v : rejected.violations()) {
            violations.add(JSON.createObjectBuilder().add("field", v.field()).add("code", v.code().name())
                    .add("message", v.message()));
        }
        JsonObjectBuilder reply = JSON.createObjectBuilder().add("status", "REJECTED")
                .add("reason", rejected.reason().name());
        if (rejected.detail() != null) {
            reply.add("detail", rejected.detail());
        }
        return reply.add("violations", violations).build().toString();
    }
}
