package se.esp.adapter.web.settlement;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.settlement.LineKind;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.Statement;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

/**
 * A statement of an organisation that owes money as a Peppol BIS Billing 3.0 invoice (UBL 2.1), from the owner,
 * who settles with everybody, to the organisation. Written with StAX: the document is a fixed, small shape, and a
 * streaming writer needs no generated classes, no JAXB at run time and keeps the element order visible here.
 *
 * <p><b>Parties.</b> Both are identified by their Swedish organisation number under Peppol's ICD 0007 (endpoint
 * and legal registration), the usual Peppol id of Swedish public bodies; country SE. No address lines are sent:
 * the platform holds none, and BIS requires only the country.</p>
 *
 * <p><b>VAT.</b> Settlement amounts are net of VAT. The welfare services bought and sold through the platform
 * (education, social care; and the staff hours that deliver them) are exempt under the Swedish VAT Act
 * (mervärdesskattelagen 2023:200, chapter 10): category {@code E}. The owner's own services — every fee and the
 * joint costs it recovers — are standard rated at 25 %: category {@code S}. The owner's VAT number is the Swedish
 * form {@code SE} + organisation number + {@code 01} unless configured ({@link InvoiceSettings}). The owner confirms these choices with its tax adviser; they
 * are in {@link #vatCategory} and nowhere else.</p>
 */
public final class PeppolInvoice {

    static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String SWEDISH_ORGANISATION_NUMBER = "0007";
    static final String EXEMPTION_REASON = "Undantaget från skatteplikt: utbildning och social omsorg "
            + "(10 kap. mervärdesskattelagen 2023:200)";

    /** A VAT category of the EN 16931 code list with its rate. */
    record VatCategory(String code, BigDecimal percent) {
    }

    static final VatCategory STANDARD = new VatCategory("S", new BigDecimal("25"));
    static final VatCategory EXEMPT = new VatCategory("E", BigDecimal.ZERO);

    private PeppolInvoice() {
    }

    static VatCategory vatCategory(LineKind kind) {
        return switch (kind) {
            case DELIVERY_BOUGHT, DELIVERY_SOLD, RESOURCE_HOURS -> EXEMPT;
            default -> STANDARD;
        };
    }

    /** With {@link InvoiceSettings#defaults() default settings}: payment due 30 days later, no payment account. */
    public static String write(StatementView view, LocalDate issued) {
        return write(view, issued, InvoiceSettings.defaults());
    }

    /**
     * @param issued   the invoice date; payment is due the settings' payment terms later
     * @param settings the owner's VAT number, payment account and terms, and the buyers' references
     * @throws DomainException {@code NOTHING_TO_INVOICE} if the organisation does not owe money for the period
     */
    public static String write(StatementView view, LocalDate issued, InvoiceSettings settings) {
        Statement statement = view.statement();
        if (!statement.owes()) {
            throw new DomainException(ErrorCode.NOTHING_TO_INVOICE, view.organisation().name() + " owes nothing for "
                    + statement.period() + " (net " + statement.net().toPlainString() + "), so there is no invoice");
        }
        // What the organisation owes is a positive invoice amount; what it is owed nets against it.
        Map<String, BigDecimal> taxable = new TreeMap<>();
        List<SettlementLine> lines = statement.lines();
        for (SettlementLine line : lines) {
            taxable.merge(vatCategory(line.kind()).code(), amount(line.amount().negate()), BigDecimal::add);
        }
        BigDecimal lineTotal = amount(statement.net().negate());
        BigDecimal taxTotal = BigDecimal.ZERO;
        List<Object[]> subtotals = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> category : taxable.entrySet()) {
            VatCategory vat = category.getKey().equals("S") ? STANDARD : EXEMPT;
            BigDecimal tax = category.getValue().multiply(vat.percent()).movePointLeft(2)
                    .setScale(2, RoundingMode.HALF_UP);
            taxTotal = taxTotal.add(tax);
            subtotals.add(new Object[] {vat, category.getValue(), tax});
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(UBL_INVOICE);
            xml.setPrefix("cac", CAC);
            xml.setPrefix("cbc", CBC);
            xml.writeStartElement(UBL_INVOICE, "Invoice");
            xml.writeDefaultNamespace(UBL_INVOICE);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            text(xml, "CustomizationID", CUSTOMIZATION);
            text(xml, "ProfileID", PROFILE);
            text(xml, "ID", invoiceNumber(statement.period(), view.organisation()));
            text(xml, "IssueDate", issued.toString());
            text(xml, "DueDate", issued.plusDays(settings.paymentTermsDays()).toString());
            text(xml, "InvoiceTypeCode", "380");
            text(xml, "Note", "Avräkning " + statement.period() + " från eSP");
            text(xml, "DocumentCurrencyCode", "SEK");
            text(xml, "BuyerReference", settings.buyerReference(view.organisation().number(),
                    "eSP-" + statement.period()));
            xml.writeStartElement(CAC, "InvoicePeriod");
            text(xml, "StartDate", statement.period().atDay(1).toString());
            text(xml, "EndDate", statement.period().atEndOfMonth().toString());
            xml.writeEndElement();
            party(xml, "AccountingSupplierParty", view.owner(), settings.sellerVatNumber(view.owner().number()));
            party(xml, "AccountingCustomerParty", view.organisation(), null);
            paymentMeans(xml, settings, invoiceNumber(statement.period(), view.organisation()));
            xml.writeStartElement(CAC, "PaymentTerms");
            text(xml, "Note", settings.paymentTermsDays() + " dagar netto");
            xml.writeEndElement();
            xml.writeStartElement(CAC, "TaxTotal");
            money(xml, "TaxAmount", taxTotal);
            for (Object[] subtotal : subtotals) {
                xml.writeStartElement(CAC, "TaxSubtotal");
                money(xml, "TaxableAmount", (BigDecimal) subtotal[1]);
                money(xml, "TaxAmount", (BigDecimal) subtotal[2]);
                taxCategory(xml, "TaxCategory", (VatCategory) subtotal[0], true);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(CAC, "LegalMonetaryTotal");
            money(xml, "LineExtensionAmount", lineTotal);
            money(xml, "TaxExclusiveAmount", lineTotal);
            money(xml, "TaxInclusiveAmount", lineTotal.add(taxTotal));
            money(xml, "PayableAmount", lineTotal.add(taxTotal));
            xml.writeEndElement();
            int number = 1;
            for (SettlementLine line : lines) {
                invoiceLine(xml, number++, line, view);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the invoice", e);
        }
    }

    /** Unique per organisation and period, e.g. {@code ESP-2026-11-2120000811}. */
    public static String invoiceNumber(YearMonth period, Organisation organisation) {
        return "ESP-" + period + "-" + organisation.number().value();
    }

    private static void invoiceLine(XMLStreamWriter xml, int number, SettlementLine line, StatementView view)
            throws XMLStreamException {
        BigDecimal invoiced = amount(line.amount().negate());
        xml.writeStartElement(CAC, "InvoiceLine");
        text(xml, "ID", Integer.toString(number));
        // A credit (something the organisation is owed) is a line of quantity -1: BIS forbids negative prices.
        xml.writeStartElement(CBC, "InvoicedQuantity");
        xml.writeAttribute("unitCode", "C62");
        xml.writeCharacters(invoiced.signum() < 0 ? "-1" : "1");
        xml.writeEndElement();
        money(xml, "LineExtensionAmount", invoiced);
        xml.writeStartElement(CAC, "Item");
        text(xml, "Description", truncate(line.description(), 500));
        text(xml, "Name", truncate(itemName(line, view), 100));
        xml.writeStartElement(CAC, "SellersItemIdentification");
        text(xml, "ID", line.cause().type() + ":" + line.cause().id());
        xml.writeEndElement();
        taxCategory(xml, "ClassifiedTaxCategory", vatCategory(line.kind()), false);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "Price");
        money(xml, "PriceAmount", invoiced.abs());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String itemName(SettlementLine line, StatementView view) {
        String name = switch (line.kind()) {
            case DELIVERY_BOUGHT -> "Köpt leverans";
            case DELIVERY_SOLD -> "Såld leverans";
            case TRANSACTION_FEE -> "Transaktionsavgift";
            case RESOURCE_HOURS -> "Resurstimmar";
            case MEMBERSHIP_ENTRY_FEE -> "Inträdesavgift";
            case MEMBERSHIP_ANNUAL_FEE -> "Årsavgift medlemskap";
            case PARTICIPATION_FEE -> "Deltagaravgift";
            case PARTNER_FEE -> "Partneravgift";
            case SCALING_PROJECT_FEE -> "Projektavgift skalning";
            case JOINT_COST -> "Gemensam kostnad";
        };
        if (line.corrects() != null) {
            name = "Rättelse " + line.corrects() + ": " + name;
        }
        Organisation counterparty = line.counterparty() == null ? null : view.counterparties().get(line.counterparty());
        return counterparty == null || counterparty.id().equals(view.owner().id()) ? name
                : name + " – " + counterparty.name().value();
    }

    /** Credit transfer (code 30) to the owner's account, quoting the invoice number; nothing without an account. */
    private static void paymentMeans(XMLStreamWriter xml, InvoiceSettings settings, String paymentId)
            throws XMLStreamException {
        InvoiceSettings.PaymentAccount account = settings.payment();
        if (account == null) {
            return;
        }
        xml.writeStartElement(CAC, "PaymentMeans");
        text(xml, "PaymentMeansCode", "30");
        text(xml, "PaymentID", paymentId);
        xml.writeStartElement(CAC, "PayeeFinancialAccount");
        text(xml, "ID", account.account());
        xml.writeStartElement(CAC, "FinancialInstitutionBranch");
        text(xml, "ID", account.branchId());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** @param vatNumber the seller's VAT number; {@code null} for the buyer, whose VAT number is not needed */
    private static void party(XMLStreamWriter xml, String role, Organisation organisation, String vatNumber)
            throws XMLStreamException {
        String number = organisation.number().value();
        xml.writeStartElement(CAC, role);
        xml.writeStartElement(CAC, "Party");
        xml.writeStartElement(CBC, "EndpointID");
        xml.writeAttribute("schemeID", SWEDISH_ORGANISATION_NUMBER);
        xml.writeCharacters(number);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PartyName");
        text(xml, "Name", organisation.name().value());
        xml.writeEndElement();
        xml.writeStartElement(CAC, "PostalAddress");
        xml.writeStartElement(CAC, "Country");
        text(xml, "IdentificationCode", "SE");
        xml.writeEndElement();
        xml.writeEndElement();
        if (vatNumber != null) {
            xml.writeStartElement(CAC, "PartyTaxScheme");
            text(xml, "CompanyID", vatNumber);
            xml.writeStartElement(CAC, "TaxScheme");
            text(xml, "ID", "VAT");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement(CAC, "PartyLegalEntity");
        text(xml, "RegistrationName", organisation.name().value());
        xml.writeStartElement(CBC, "CompanyID");
        xml.writeAttribute("schemeID", SWEDISH_ORGANISATION_NUMBER);
        xml.writeCharacters(number);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void taxCategory(XMLStreamWriter xml, String element, VatCategory vat, boolean withReason)
            throws XMLStreamException {
        xml.writeStartElement(CAC, element);
        text(xml, "ID", vat.code());
        text(xml, "Percent", vat.percent().toPlainString());
        if (withReason && vat == EXEMPT) {
            text(xml, "TaxExemptionReason", EXEMPTION_REASON);
        }
        xml.writeStartElement(CAC, "TaxScheme");
        text(xml, "ID", "VAT");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(CBC, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void money(XMLStreamWriter xml, String element, BigDecimal value) throws XMLStreamException {
        xml.writeStartElement(CBC, element);
        xml.writeAttribute("currencyID", "SEK");
        xml.writeCharacters(value.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        xml.writeEndElement();
    }

    private static BigDecimal amount(Money money) {
        return money.toKronor();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
