package se.esp.application.port.in.statistics;

import java.util.Objects;

import se.esp.domain.settlement.LineKind;

/**
 * The owner's revenue from one fee rule: the kind of fee and the rule reference its settlement lines carry (the
 * fee-schedule version or agreement that decided the amount; {@code null} when the lines name none).
 */
public record RuleBreakdown(LineKind kind, String rule, Series revenue) {

    public RuleBreakdown {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(revenue, "revenue");
    }
}
