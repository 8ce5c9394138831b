package se.esp.adapter.web.console.settlement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import se.esp.adapter.web.console.ConsoleSession;
import se.esp.adapter.web.settlement.InvoiceSettings;
import se.esp.adapter.web.settlement.PeppolInvoice;
import se.esp.adapter.web.settlement.StatementCsv;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ValidationException;

/**
 * A statement's downloads for the console ({@code /console/statement-download?period=…&organisation=…&format=…}):
 * {@code csv} and {@code csv-sv} ({@link StatementCsv}'s two dialects) and {@code invoice} (the Peppol e-invoice of a
 * closed month). The console's user has a session, not a bearer token, so the browser cannot use {@code /api}; this
 * serves the same writers as {@code SettlementResource} with the signed-in user, whom {@code ConsoleGuard} has let
 * through as the settlement section's (the path is one of its pages). The use case authorises the read.
 */
@WebServlet(name = "esp-console-statement-download", urlPatterns = StatementDownloadServlet.PATH)
public class StatementDownloadServlet extends HttpServlet {

    public static final String PATH = "/console/statement-download";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsoleSession session;

    @Inject
    transient SettlementUseCases settlement;

    @Inject
    transient InvoiceSettings invoiceSettings;

    /** The address of a download, for a link on the statement page. */
    public static String link(String contextPath, YearMonth period, OrganisationId organisation, String format) {
        return contextPath + PATH + "?period=" + period + "&organisation=" + organisation + "&format=" + format;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth period;
        OrganisationId organisation;
        try {
            period = YearMonth.parse(String.valueOf(request.getParameter("period")));
            organisation = OrganisationId.parse(request.getParameter("organisation"));
        } catch (DateTimeParseException | ValidationException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = String.valueOf(request.getParameter("format"));
        try {
            switch (format) {
                case "csv", "csv-sv" -> {
                    StatementView view = settlement.statement(session.actor(), period, organisation);
                    send(response, "text/csv",
                            "esp-" + view.statement().period() + "-" + view.organisation().number().value() + ".csv",
                            StatementCsv.write(view, format.equals("csv") ? StatementCsv.Dialect.STANDARD
                                    : StatementCsv.Dialect.SWEDISH));
                }
                case "invoice" -> {
                    // Which months have an invoice, and which lines it carries, is the use case's and the domain's.
                    StatementDocuments documents = settlement.documents(session.actor(), period, organisation);
                    SettlementDocument invoice = documents.invoice();
                    send(response, "application/xml", invoice.number() + ".xml", PeppolInvoice.write(invoice,
                            documents.view(), documents.view().closedOn(), invoiceSettings));
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException e) {
            response.sendError(switch (e.code().category()) {
                case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                default -> HttpServletResponse.SC_CONFLICT;
            });
        }
    }

    private static void send(HttpServletResponse response, String type, String filename, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + "; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
