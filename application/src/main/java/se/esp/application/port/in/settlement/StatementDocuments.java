package se.esp.application.port.in.settlement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The documents of one organisation for a closed month (as {@link se.esp.domain.settlement.SettlementDocuments}
 * decides them) with the statement and the organisations they name, so that each can be written out without
 * further reads.
 */
public record StatementDocuments(StatementView view, List<SettlementDocument> documents) {

    public StatementDocuments {
        Objects.requireNonNull(view, "view");
        documents = List.copyOf(documents);
    }

    /**
     * The owner's invoice of the month: the lines the organisation owes.
     *
     * @throws DomainException {@code NOTHING_TO_INVOICE} if the organisation owes nothing in the month
     */
    public SettlementDocument invoice() {
        return documents.stream().filter(d -> d.kind() == DocumentKind.INVOICE).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOTHING_TO_INVOICE, view.organisation().name()
                        + " owes nothing for " + view.statement().period() + ", so there is no invoice"));
    }

    public Optional<SettlementDocument> byNumber(String number) {
        return documents.stream().filter(d -> d.number().equals(number)).findFirst();
    }
}
