package se.esp.adapter.web.settlement;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.esp.adapter.web.json.Parameters;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.adapter.web.settlement.SettlementModels.DocumentListView;
import se.esp.adapter.web.settlement.SettlementModels.OrganisationStatementView;
import se.esp.adapter.web.settlement.SettlementModels.PeriodListView;
import se.esp.adapter.web.settlement.SettlementModels.PeriodView;
import se.esp.application.port.in.settlement.SettlementUseCases;
import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementPeriod;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Settlement over HTTP: settle a month (again), close it, read periods, and each organisation's statement as JSON
 * or CSV and its documents for a closed month (Peppol BIS Billing 3.0 invoices, self-billing invoices and credit
 * notes, or payment advices). Months are written {@code 2026-11}.
 */
@Path("/settlement/periods")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement", description = "Monthly settlement between organisations, statements and e-invoices")
public class SettlementResource {

    static final String CSV = "text/csv";
    static final String UBL = "application/xml";
    static final String TEXT = "text/plain";
    /** The most settled months one listing returns. */
    public static final int MAX_LIMIT = 240;

    private SettlementUseCases settlement;
    private CurrentUser currentUser;
    private InvoiceSettings invoiceSettings;

    /** For the container: Jakarta REST wants a public constructor of a resource class, CDI one for its proxies. */
    public SettlementResource() {
    }

    @Inject
    public SettlementResource(SettlementUseCases settlement, CurrentUser currentUser,
                              InvoiceSettings invoiceSettings) {
        this.settlement = settlement;
        this.currentUser = currentUser;
        this.invoiceSettings = invoiceSettings;
    }

    /** With the default invoice settings. */
    public SettlementResource(SettlementUseCases settlement, CurrentUser currentUser) {
        this(settlement, currentUser, InvoiceSettings.defaults());
    }

    @GET
    @Operation(summary = "Settled months, newest first (platform administrators)")
    @APIResponse(responseCode = "200", description = "The latest settled months, newest first",
            content = @Content(schema = @Schema(implementation = PeriodListView.class)))
    public Response list(@QueryParam("limit") String limit) {
        Violations violations = new Violations();
        Integer max = Parameters.wholeNumber(violations, "limit", limit, 1, MAX_LIMIT);
        violations.throwIfAny();
        return Response.ok(PeriodListView.of(settlement.list(currentUser.actingUser(), max == null ? 24 : max))).build();
    }

    @POST
    @Path("{period}/runs")
    @Operation(summary = "Settle the month from the current sources (again, while it is open)")
    @APIResponse(responseCode = "200", description = "Settled; ETag is the period's version",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response settle(@PathParam("period") String period) {
        return withVersion(settlement.settle(currentUser.actingUser(), month(period)));
    }

    @POST
    @Path("{period}/close")
    @Operation(summary = "Settle the month one last time and close it; only after its last day")
    @APIResponse(responseCode = "200", description = "Closed; ETag is the period's version",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response close(@PathParam("period") String period) {
        return withVersion(settlement.close(currentUser.actingUser(), month(period)));
    }

    @GET
    @Path("{period}")
    @Operation(summary = "The month's status, runs, net positions and the owner's fee revenue")
    @APIResponse(responseCode = "200", description = "The period; ETag is its version",
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response get(@PathParam("period") String period) {
        return withVersion(settlement.get(currentUser.actingUser(), month(period)));
    }

    @GET
    @Path("{period}/statements/{organisationId}")
    @Operation(summary = "One organisation's lines and net for the month (its own staff or administrators)")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = OrganisationStatementView.class)))
    public Response statement(@PathParam("period") String period, @PathParam("organisationId") String organisation) {
        StatementView view = view(period, organisation);
        return Response.ok(OrganisationStatementView.of(view)).build();
    }

    @GET
    @Path("{period}/statements/{organisationId}/statement.csv")
    @Produces(CSV)
    @Operation(summary = "The statement as CSV, one row per line; dialect=swedish for ';' and decimal commas")
    @APIResponse(responseCode = "200", description = "The statement as a CSV file (RFC 4180, UTF-8, a header row; "
            + "the Swedish dialect starts with a byte-order mark)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"esp-2026-11-"
                    + "2120000837.csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("period") String period, @PathParam("organisationId") String organisation,
                        @QueryParam("dialect") String dialect) {
        StatementCsv.Dialect chosen = dialect == null || dialect.isBlank() ? StatementCsv.Dialect.STANDARD
                : switch (dialect.strip().toLowerCase(Locale.ROOT)) {
                    case "standard" -> StatementCsv.Dialect.STANDARD;
                    case "swedish", "sv" -> StatementCsv.Dialect.SWEDISH;
                    default -> throw ValidationException.of("dialect", ViolationCode.UNKNOWN_VALUE,
                            "'" + dialect + "' is not one of standard, swedish");
                };
        StatementView view = view(period, organisation);
        String filename = "esp-" + view.statement().period() + "-" + view.organisation().number().value() + ".csv";
        return Response.ok(StatementCsv.write(view, chosen).getBytes(StandardCharsets.UTF_8))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("{period}/statements/{organisationId}/invoice.xml")
    @Produces(UBL)
    @Operation(summary = "The statement of an organisation that owes money as a Peppol BIS Billing 3.0 invoice (closed months)")
    @APIResponse(responseCode = "200", description = "A Peppol BIS Billing 3.0 invoice (UBL 2.1 XML, UTF-8)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"ESP-2026-11-"
                    + "2120000811.xml\" (the invoice number)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = UBL, schema = @Schema(type = SchemaType.STRING)))
    public Response invoice(@PathParam("period") String period, @PathParam("organisationId") String organisation) {
        StatementDocuments documents = documentsOf(period, organisation);
        SettlementDocument invoice = documents.invoice();
        String xml = PeppolInvoice.write(invoice, documents.view(), documents.view().closedOn(), invoiceSettings);
        String filename = invoice.number() + ".xml";
        return Response.ok(xml.getBytes(StandardCharsets.UTF_8))
                .type(UBL + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("{period}/statements/{organisationId}/documents")
    @Operation(summary = "The organisation's documents for a closed month: the owner's invoice of what it owes, a "
            + "self-billing invoice (or payment advice, as configured) of what it is owed, credit notes for "
            + "corrections of earlier months")
    @APIResponse(responseCode = "200", description = "The documents, each with its number to download it by",
            content = @Content(schema = @Schema(implementation = DocumentListView.class)))
    public Response documents(@PathParam("period") String period, @PathParam("organisationId") String organisation) {
        return Response.ok(DocumentListView.of(documentsOf(period, organisation))).build();
    }

    @GET
    @Path("{period}/statements/{organisationId}/documents/{number}")
    @Produces({UBL, TEXT})
    @Operation(summary = "One document: Peppol BIS Billing 3.0 (invoice, credit note, self-billing invoice or "
            + "credit note; UBL 2.1) or a payment advice as text")
    @APIResponse(responseCode = "200", description = "The document (UTF-8)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"ESP-SB-2026-11-"
                    + "2120000837.xml\" (the document number)", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = UBL, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING))})
    public Response document(@PathParam("period") String period, @PathParam("organisationId") String organisation,
                             @PathParam("number") String number) {
        StatementDocuments documents = documentsOf(period, organisation);
        SettlementDocument document = documents.byNumber(number).orElseThrow(() -> new DomainException(
                ErrorCode.NO_SETTLEMENT_DOCUMENT, "the organisation has no document " + number + " for "
                + documents.view().statement().period()));
        StatementView view = documents.view();
        boolean advice = document.kind() == DocumentKind.PAYMENT_ADVICE;
        String body = advice ? PaymentAdvice.write(document, view, view.closedOn())
                : PeppolInvoice.write(document, view, view.closedOn(), invoiceSettings);
        return Response.ok(body.getBytes(StandardCharsets.UTF_8))
                .type((advice ? TEXT : UBL) + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + document.number()
                        + (advice ? ".txt" : ".xml") + "\"")
                .build();
    }

    private StatementDocuments documentsOf(String period, String organisation) {
        YearMonth month = month(period);
        return settlement.documents(currentUser.actingUser(), month, organisationId(organisation));
    }

    private static OrganisationId organisationId(String organisation) {
        return Parameters.pathId(organisation, OrganisationId::parse, ErrorCode.ORGANISATION_NOT_FOUND, "organisation");
    }

    private StatementView view(String period, String organisation) {
        YearMonth month = month(period);
        return settlement.statement(currentUser.actingUser(), month, organisationId(organisation));
    }

    private static YearMonth month(String period) {
        return Parameters.month("period", period);
    }

    private static Response withVersion(SettlementPeriod period) {
        return Response.ok(PeriodView.of(period))
                .tag(new EntityTag(Long.toString(period.version())))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
