package se.esp.domain.settlement;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.Money;

/**
 * One amount in a period's settlement for one organisation: negative when it owes, positive when it is owed.
 *
 * @param rule         the fee-schedule version or cost key that decided the amount; {@code null} if none did
 * @param counterparty the organisation on the other side, if one
 * @param corrects     for a correction, the closed period whose line it corrects; otherwise {@code null}
 */
public record SettlementLine(YearMonth period, OrganisationId organisation, LineKind kind, Money amount, Cause cause,
                             String rule, OrganisationId counterparty, YearMonth corrects, String description) {

    /** The order of one organisation's lines: by kind, cause, corrected period, amount and description. */
    public static final Comparator<SettlementLine> WITHIN_ORGANISATION = Comparator
            .comparing(SettlementLine::kind)
            .thenComparing(l -> l.cause().type())
            .thenComparing(l -> l.cause().id())
            .thenComparing(l -> l.cause().detail(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SettlementLine::corrects, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SettlementLine::amount)
            .thenComparing(SettlementLine::description);

    /**
     * The one order lines are kept and shown in, so that the same settlement always reads the same: by organisation
     * id (as text), then {@link #WITHIN_ORGANISATION}.
     */
    public static final Comparator<SettlementLine> ORDER = Comparator
            .comparing((SettlementLine l) -> l.organisation().toString())
            .thenComparing(WITHIN_ORGANISATION);

    public SettlementLine {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(description, "description");
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    public Optional<OrganisationId> counterpartyIfAny() {
        return Optional.ofNullable(counterparty);
    }
}
