package se.esp.application.port.in.settlement;

import java.time.YearMonth;
import java.util.List;

import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.SettlementPeriod;

/**
 * Settling months, closing them, and reading the results. Settling and closing are for platform administrators;
 * an organisation's staff may read only their own organisation's statement.
 */
public interface SettlementUseCases {

    /** Computes the month's lines from the current sources (again, if it was settled before) and stores them. */
    SettlementPeriod settle(ActingUser actor, YearMonth period);

    /** Settles the month one last time from the current sources and closes it; only after its last day. */
    SettlementPeriod close(ActingUser actor, YearMonth period);

    SettlementPeriod get(ActingUser actor, YearMonth period);

    /** Newest first. */
    List<SettlementPeriod> list(ActingUser actor, int limit);

    StatementView statement(ActingUser actor, YearMonth period, OrganisationId organisation);

    /**
     * The organisation's documents for a closed month — invoice, self-billing invoice or payment advice (as the owner
     * configured), credit notes for corrections of earlier months — read by those who may read its statement.
     *
     * @throws se.esp.domain.shared.DomainException {@code SETTLEMENT_PERIOD_OPEN} while the month is open
     */
    StatementDocuments documents(ActingUser actor, YearMonth period, OrganisationId organisation);
}
