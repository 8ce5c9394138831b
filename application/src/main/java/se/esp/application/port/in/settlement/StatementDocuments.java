package se.esp.application.port.in.settlement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.esp.domain.settlement.SettlementDocument;

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

    public Optional<SettlementDocument> byNumber(String number) {
        return documents.stream().filter(d -> d.number().equals(number)).findFirst();
    }
}
