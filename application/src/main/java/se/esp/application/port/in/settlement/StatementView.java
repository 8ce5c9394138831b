package se.esp.application.port.in.settlement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.Statement;

/**
 * A statement with the organisations it names, so that it can be written out (CSV, e-invoice) without further
 * reads: the organisation it is for, the owner that settles with it, and every counterparty of its lines.
 *
 * @param closedOn the day the period was closed (the invoice date); {@code null} while it is open
 */
public record StatementView(Statement statement, Organisation organisation, Organisation owner,
                            Map<OrganisationId, Organisation> counterparties, LocalDate closedOn) {

    public StatementView {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(owner, "owner");
        counterparties = Map.copyOf(counterparties);
    }

    public Optional<LocalDate> closedOnIfAny() {
        return Optional.ofNullable(closedOn);
    }
}
