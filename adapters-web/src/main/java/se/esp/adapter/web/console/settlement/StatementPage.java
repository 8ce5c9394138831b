package se.esp.adapter.web.console.settlement;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.console.ConsoleText;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.PeriodStatus;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * One organisation's statement of one month ({@code console/statement.xhtml?period=2026-12&organisation=…}): every
 * line with what caused it (the delivery, membership, project… by reference, and the finer detail: the application
 * for a buyer, the resource for hours), the rule that decided the amount, the counterparty, and the net; and the
 * downloads {@link StatementDownloadServlet} serves.
 */
@Named("statement")
@RequestScoped
public class StatementPage {

    @Inject
    ConsoleSession session;

    @Inject
    SettlementUseCases settlement;

    private String period;
    private String organisation;
    private StatementView loaded;
    private boolean failed;

    /** The statement, or {@code null} when the month was not settled or the organisation is unknown (said on the page). */
    public StatementView getView() {
        if (loaded == null && !failed) {
            try {
                loaded = settlement.statement(session.actor(), YearMonth.parse(period),
                        OrganisationId.parse(organisation));
            } catch (DateTimeParseException | NullPointerException | se.esp.domain.shared.ValidationException e) {
                failed = true;
            } catch (DomainException e) {
                if (e.code() != ErrorCode.SETTLEMENT_PERIOD_NOT_FOUND && e.code() != ErrorCode.ORGANISATION_NOT_FOUND) {
                    throw e;
                }
                failed = true;
            }
        }
        return loaded;
    }

    public List<SettlementLine> getLines() {
        return getView() == null ? List.of() : getView().statement().lines();
    }

    /** The other side of a line by name, or nothing. */
    public String counterparty(SettlementLine line) {
        if (line.counterparty() == null) {
            return "";
        }
        Organisation other = getView().counterparties().get(line.counterparty());
        return other == null ? line.counterparty().toString() : other.name().value();
    }

    /** What caused the line, in the user's language: "Leverans 5f0c…", with the application or resource beside it. */
    public String cause(SettlementLine line) {
        String type = ConsoleText.get("enum.CauseType." + line.cause().type().name());
        String text = type + " " + line.cause().id();
        if (line.cause().detail() != null) {
            text += " (" + ConsoleText.get("statement.detail." + line.kind().name(), line.cause().detail()) + ")";
        }
        return text;
    }

    public boolean isClosed() {
        return getView() != null && getView().statement().status() == PeriodStatus.CLOSED;
    }

    /** An e-invoice is issued to an organisation that owes money, once the month is closed. */
    public boolean isInvoiceable() {
        return isClosed() && getView().statement().owes() && getView().closedOn() != null;
    }

    public String download(String format) {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath();
        return StatementDownloadServlet.link(context, getView().statement().period(), getView().organisation().id(),
                format);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
