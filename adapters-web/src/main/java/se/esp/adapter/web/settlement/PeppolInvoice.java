package se.esp.adapter.web.settlement;

import java.io.StringWriter;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.organisation.Organisation;
import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementDocuments;
import se.esp.domain.settlement.SettlementLine;
import se.esp.domain.settlement.VatCategory;
import se.esp.domain.shared.Money;

/**
 * A settlement document as Peppol BIS Billing 3.0 (UBL 2.1): the owner's invoice (type 380) and credit note (381),
 * and — under Peppol's self-billing profile, issued by the owner as buyer on the organisation's behalf — the
 * self-billing invoice (389) and self-billing credit note (261). Which document carries which lines, their amounts,
 * VAT categories and VAT are the domain's ({@link SettlementDocuments}, {@link SettlementDocument},
 * {@link VatCategory}); this class only lays them out. Written with StAX: the documents are a fixed, small shape,
 * and a streaming writer needs no generated classes, no JAXB at run time and keeps the element order visible here.
 *
 * <p><b>Parties.</b> Both are identified by their Swedish organisation number under Peppol's ICD 0007 (endpoint
 * and legal registration), the usual Peppol id of Swedish public bodies; country SE. No address lines are sent:
 * the platform holds none, and BIS requires only the country. The seller's VAT number is the Swedish form
 * {@code SE} + organisation number + {@code 01} (for the owner: unless configured, {@link InvoiceSettings}); on a
 * self-billing document the seller is the organisation, whose exempt sales still need it (EN 16931 BR-E-02).</p>
 *
 * <p><b>Payment.</b> Invoices name the owner's account ({@link InvoiceSettings}); self-billing documents name
 * none, as the owner pays to the account it holds for the organisation outside the platform.</p>
 */
public final class PeppolInvoice {

    static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    static final String SELF_BILLING_CUSTOMIZATION =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:selfbilling:3.0";
    static final String SELF_BILLING_PROFILE = "urn:fdc:peppol.eu:2017:poacc:selfbilling:01:1.0";
    static final String SWEDISH_ORGANISATION_NUMBER = "0007";

    private PeppolInvoice() {
    }

    /**
     * Any document but a payment advice, which is no e-invoice ({@link PaymentAdvice}).
     *
     * @param issued the document's date (the day the month was closed)
     */
    public static String write(SettlementDocument document, StatementView view, LocalDate issued,
                               InvoiceSettings settings) {
        DocumentKind kind = document.kind();
        if (kind == DocumentKind.PAYMENT_ADVICE) {
            throw new IllegalArgumentException("a payment advice is not a Peppol document");
        }
        boolean credit = kind.credit();
        boolean selfBilled = kind.owed();
        String root = credit ? "CreditNote" : "Invoice";
        String namespace = credit ? UBL_CREDIT_NOTE : UBL_INVOICE;
        Organisation seller = selfBilled ? view.organisation() : view.owner();
        Organisation buyer = selfBilled ? view.owner() : view.organisation();
        String sellerVat = selfBilled ? view.organisation().number().vatNumber()
                : settings.sellerVatNumber(view.owner().number());
        YearMonth covered = document.correctsIfAny().orElse(document.period());
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
            xml.setPrefix("cac", CAC);
            xml.setPrefix("cbc", CBC);
            xml.writeStartElement(namespace, root);
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("cac", CAC);
            xml.writeNamespace("cbc", CBC);
            text(xml, "CustomizationID", selfBilled ? SELF_BILLING_CUSTOMIZATION : CUSTOMIZATION);
            text(xml, "ProfileID", selfBilled ? SELF_BILLING_PROFILE : PROFILE);
            text(xml, "ID", document.number());
            text(xml, "IssueDate", issued.toString());
            if (!credit) {
                text(xml, "DueDate", issued.plusDays(settings.paymentTermsDays()).toString());
            }
            text(xml, credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", typeCode(kind));
            text(xml, "Note", note(document));
            text(xml, "DocumentCurrencyCode", "SEK");
            text(xml, "BuyerReference", selfBilled ? "eSP-" + document.period()
                    : settings.buyerReference(view.organisation().number(), "eSP-" + document.period()));
            xml.writeStartElement(CAC, "InvoicePeriod");
            text(xml, "StartDate", covered.atDay(1).toString());
            text(xml, "EndDate", covered.atEndOfMonth().toString());
            xml.writeEndElement();
            if (document.refersTo() != null) {
                xml.writeStartElement(CAC, "BillingReference");
                xml.writeStartElement(CAC, "InvoiceDocumentReference");
                text(xml, "ID", document.refersTo());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            party(xml, "AccountingSupplierParty", seller, sellerVat);
            party(xml, "AccountingCustomerParty", buyer, null);
            if (!selfBilled && !credit) {
                paymentMeans(xml, settings, document.number());
                xml.writeStartElement(CAC, "PaymentTerms");
                text(xml, "Note", settings.paymentTermsDays() + " dagar netto");
                xml.writeEndElement();
            }
            xml.writeStartElement(CAC, "TaxTotal");
            money(xml, "TaxAmount", document.taxTotal());
            for (SettlementDocument.TaxSubtotal subtotal : document.taxSubtotals()) {
                xml.writeStartElement(CAC, "TaxSubtotal");
                money(xml, "TaxableAmount", subtotal.taxable());
                money(xml, "TaxAmount", subtotal.tax());
                taxCategory(xml, "TaxCategory", subtotal.category(), true);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(CAC, "LegalMonetaryTotal");
            money(xml, "LineExtensionAmount", document.lineTotal());
            money(xml, "TaxExclusiveAmount", document.lineTotal());
            money(xml, "TaxInclusiveAmount", document.payable());
            money(xml, "PayableAmount", document.payable());
            xml.writeEndElement();
            int number = 1;
            for (SettlementLine line : document.lines()) {
                documentLine(xml, credit, number++, document, line, view);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write " + document.number(), e);
        }
    }

    private static String typeCode(DocumentKind kind) {
        return switch (kind) {
            case INVOICE -> "380";
            case CREDIT_NOTE -> "381";
            case SELF_BILLING_INVOICE -> "389";
            case SELF_BILLING_CREDIT_NOTE -> "261";
            case PAYMENT_ADVICE -> throw new IllegalArgumentException("no Peppol type for a payment advice");
        };
    }

    private static String note(SettlementDocument document) {
        return switch (document.kind()) {
            case INVOICE -> "Avräkning " + document.period() + " från eSP";
            case SELF_BILLING_INVOICE -> "Självfaktura: avräkning " + document.period()
                    + " från eSP, utfärdad av köparen för säljarens räkning";
            case CREDIT_NOTE -> "Kreditering i avräkning " + document.period() + " av " + document.refersTo();
            case SELF_BILLING_CREDIT_NOTE -> "Självfaktura, kreditering i avräkning " + document.period() + " av "
                    + document.refersTo() + ", utfärdad av köparen för säljarens räkning";
            case PAYMENT_ADVICE -> "Betalningsavisering " + document.period();
        };
    }

    private static void documentLine(XMLStreamWriter xml, boolean credit, int number, SettlementDocument document,
                                     SettlementLine line, StatementView view) throws XMLStreamException {
        Money amount = document.amountOf(line);
        xml.writeStartElement(CAC, credit ? "CreditNoteLine" : "InvoiceLine");
        text(xml, "ID", Integer.toString(number));
        // A line against the document's direction is of quantity -1: BIS forbids negative prices.
        xml.writeStartElement(CBC, credit ? "CreditedQuantity" : "InvoicedQuantity");
        xml.writeAttribute("unitCode", "C62");
        xml.writeCharacters(amount.isNegative() ? "-1" : "1");
        xml.writeEndElement();
        money(xml, "LineExtensionAmount", amount);
        xml.writeStartElement(CAC, "Item");
        text(xml, "Description", truncate(line.description(), 500));
        text(xml, "Name", truncate(itemName(line, view), 100));
        xml.writeStartElement(CAC, "SellersItemIdentification");
        text(xml, "ID", line.cause().type() + ":" + line.cause().id());
        xml.writeEndElement();
        taxCategory(xml, "ClassifiedTaxCategory", VatCategory.of(line.kind()), false);
        xml.writeEndElement();
        xml.writeStartElement(CAC, "Price");
        money(xml, "PriceAmount", amount.isNegative() ? amount.negate() : amount);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static String itemName(SettlementLine line, StatementView view) {
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
        if (withReason && vat == VatCategory.EXEMPT) {
            text(xml, "TaxExemptionReason", VatCategory.EXEMPTION_REASON);
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

    private static void money(XMLStreamWriter xml, String element, Money value) throws XMLStreamException {
        xml.writeStartElement(CBC, element);
        xml.writeAttribute("currencyID", "SEK");
        xml.writeCharacters(value.toKronor().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        xml.writeEndElement();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
