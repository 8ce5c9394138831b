package se.esp.adapter.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

import se.esp.domain.shared.DomainException;
import se.esp.application.port.in.settlement.StatementDocuments;
import se.esp.application.port.in.settlement.StatementView;
import se.esp.domain.settlement.DocumentKind;
import se.esp.domain.settlement.OwedMoneyDocument;
import se.esp.domain.settlement.SettlementDocument;
import se.esp.domain.settlement.SettlementDocuments;
import se.esp.domain.shared.ErrorCode;

/**
 * The invoices pass the official Peppol BIS Billing 3.0 rules (UBL schema, EN 16931 and Peppol schematrons,
 * including the Swedish national rules), run by phive, with zero errors. The rule set is built once per run.
 */
class PeppolInvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    private static IValidationExecutorSet<IValidationSourceXML> bis3;
    private static IValidationExecutorSet<IValidationSourceXML> creditNote;
    private static IValidationExecutorSet<IValidationSourceXML> selfBilling;
    private static IValidationExecutorSet<IValidationSourceXML> selfBillingCreditNote;

    @BeforeAll
    static void buildTheValidationRulesOnce() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation.initStandard(registry);
        bis3 = registry.getOfID(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
        assertThat(bis3).as("the Peppol BIS 3 invoice rules").isNotNull();
        creditNote = registry.getOfID(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        selfBilling = registry.getOfID(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_SELF_BILLING_UBL_V3);
        selfBillingCreditNote = registry.getOfID(
                PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_SELF_BILLING_UBL_V3);
        assertThat(List.of(creditNote, selfBilling, selfBillingCreditNote)).doesNotContainNull();
    }

    private static List<String> errors(String xml) throws Exception {
        return errors(bis3, xml);
    }

    private static List<String> errors(IValidationExecutorSet<IValidationSourceXML> rules, String xml)
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create("invoice.xml", document));
        List<String> errors = new ArrayList<>();
        results.forEachFlattened(e -> e.getErrorLevel().isError(), e -> errors.add(e.getAsString(Locale.ENGLISH)));
        return errors;
    }

    @Test
    void theInvoiceOfAMunicipalityThatBoughtADeliveryAndOwesFeesHasZeroErrors() throws Exception {
        String xml = invoice(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM));

        assertThat(errors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:EndpointID schemeID=\"0007\">2120000811</cbc:EndpointID>")
                .contains("<cbc:ID>ESP-2026-11-2120000811</cbc:ID>")
                // 13 000.00 exempt + (13 968.09 + 10 000.00) at 25 % = 5 992.02 VAT
                .contains("<cbc:TaxExclusiveAmount currencyID=\"SEK\">36968.09</cbc:TaxExclusiveAmount>")
                .contains("<cbc:TaxAmount currencyID=\"SEK\">5992.02</cbc:TaxAmount>")
                .contains("<cbc:PayableAmount currencyID=\"SEK\">42960.11</cbc:PayableAmount>");
    }

    @Test
    void aSecondBuyersInvoiceHasZeroErrorsToo() throws Exception {
        assertThat(errors(invoice(StatementFixtures.statementOf(StatementFixtures.BORLANGE))))
                .isEmpty();
    }

    @Test
    void theOwnersSettingsGoOnTheInvoiceAndItStillHasZeroErrors() throws Exception {
        InvoiceSettings bankgiro = InvoiceSettings.from(java.util.Map.of(
                InvoiceSettings.BANKGIRO, "5050-1055",
                InvoiceSettings.PAYMENT_TERMS_DAYS, "20",
                InvoiceSettings.BUYER_REFERENCES, "212000-0811=KST 4711"));
        String xml = invoice(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM), bankgiro);

        assertThat(errors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:BuyerReference>KST 4711</cbc:BuyerReference>")
                .contains("<cbc:DueDate>2026-12-21</cbc:DueDate>")
                .contains("<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>")
                .contains("<cbc:PaymentID>ESP-2026-11-2120000811</cbc:PaymentID>")
                .contains("<cac:PayeeFinancialAccount><cbc:ID>50501055</cbc:ID><cac:FinancialInstitutionBranch>"
                        + "<cbc:ID>SE:BANKGIRO</cbc:ID>")
                .contains("<cbc:Note>20 dagar netto</cbc:Note>");
        // Borlänge asked for no reference: the platform's own for the period.
        assertThat(invoice(StatementFixtures.statementOf(StatementFixtures.BORLANGE), bankgiro))
                .contains("<cbc:BuyerReference>eSP-2026-11</cbc:BuyerReference>");
    }

    @Test
    void plusgiroIbanAndAConfiguredVatNumberHaveZeroErrorsToo() throws Exception {
        InvoiceSettings plusgiro = InvoiceSettings.from(java.util.Map.of(InvoiceSettings.PLUSGIRO, "4711-4",
                InvoiceSettings.SELLER_VAT_NUMBER, "SE556000000101"));
        String xml = invoice(StatementFixtures.statementOf(StatementFixtures.OLOFSTROM), plusgiro);
        assertThat(errors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:CompanyID>SE556000000101</cbc:CompanyID>").contains("SE:PLUSGIRO");

        InvoiceSettings iban = InvoiceSettings.from(java.util.Map.of(
                InvoiceSettings.IBAN, "SE45 5000 0000 0583 9825 7466", InvoiceSettings.BIC, "ESSESESS"));
        xml = invoice(StatementFixtures.statementOf(StatementFixtures.BORLANGE), iban);
        assertThat(errors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:ID>SE4550000000058398257466</cbc:ID>").contains("<cbc:ID>ESSESESS</cbc:ID>");
    }

    @Test
    void theValidatorDoesFindErrorsInABrokenInvoice() throws Exception {
        String xml = invoice(StatementFixtures.statementOf(StatementFixtures.BORLANGE))
                .replace("<cbc:PayableAmount currencyID=\"SEK\">6500.00", "<cbc:PayableAmount currencyID=\"SEK\">6400.00");

        assertThat(errors(xml)).isNotEmpty();
    }

    @Test
    void anOrganisationThatIsOnlyOwedMoneyGetsNoInvoice() {
        assertThatThrownBy(() -> invoice(StatementFixtures.statementOf(StatementFixtures.MALMO)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTHING_TO_INVOICE));
    }

    /** The owner's invoice of the month, as the settlement use case hands it out. */
    private static String invoice(StatementView view) {
        return invoice(view, InvoiceSettings.defaults());
    }

    private static String invoice(StatementView view, InvoiceSettings settings) {
        SettlementDocument invoice = new StatementDocuments(view, SettlementDocuments.of(view.statement(),
                view.organisation().number(), view.owner().id(), OwedMoneyDocument.SELF_BILLING_INVOICE)).invoice();
        return PeppolInvoice.write(invoice, view, ISSUED, settings);
    }

    private static SettlementDocument document(StatementView view, DocumentKind kind) {
        return SettlementDocuments.of(view.statement(), view.organisation().number(), view.owner().id(),
                        OwedMoneyDocument.SELF_BILLING_INVOICE).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow();
    }

    @Test
    void theSupplierGetsASelfBillingInvoiceOfWhatItSoldWithZeroErrors() throws Exception {
        StatementView ronneby = StatementFixtures.statementOf(StatementFixtures.RONNEBY);
        String xml = PeppolInvoice.write(document(ronneby, DocumentKind.SELF_BILLING_INVOICE), ronneby, ISSUED,
                InvoiceSettings.defaults());

        assertThat(errors(selfBilling, xml)).isEmpty();
        assertThat(xml).contains("<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:selfbilling:01:1.0</cbc:ProfileID>")
                .contains("<cbc:InvoiceTypeCode>389</cbc:InvoiceTypeCode>")
                .contains("<cbc:ID>ESP-SB-2026-11-2120000837</cbc:ID>")
                // the seller is Ronneby, the buyer (who issues it) the owner
                .contains("<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0007\">2120000837")
                .contains("<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0007\">8029990002")
                .contains("<cbc:PayableAmount currencyID=\"SEK\">19500.00</cbc:PayableAmount>");
        // and the owner's invoice of what it owes: the fee (with VAT) and the hours it bought from Malmö
        String invoice = invoice(ronneby);
        assertThat(errors(invoice)).isEmpty();
        assertThat(invoice).contains("<cbc:PayableAmount currencyID=\"SEK\">5718.75</cbc:PayableAmount>");
    }

    @Test
    void theLendingEmployerGetsASelfBillingInvoiceWithZeroErrors() throws Exception {
        StatementView malmo = StatementFixtures.statementOf(StatementFixtures.MALMO);
        String xml = PeppolInvoice.write(document(malmo, DocumentKind.SELF_BILLING_INVOICE), malmo, ISSUED,
                InvoiceSettings.defaults());

        assertThat(errors(selfBilling, xml)).isEmpty();
        assertThat(xml).contains("<cbc:PayableAmount currencyID=\"SEK\">4500.00</cbc:PayableAmount>");
    }

    @Test
    void correctionsOfAClosedMonthAreCreditNotesReferringToItsDocumentsWithZeroErrors() throws Exception {
        StatementView olofstrom = StatementFixtures.correctionOf(StatementFixtures.OLOFSTROM);
        String credit = PeppolInvoice.write(document(olofstrom, DocumentKind.CREDIT_NOTE), olofstrom, ISSUED,
                InvoiceSettings.defaults());
        assertThat(errors(creditNote, credit)).isEmpty();
        assertThat(credit).contains("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"")
                .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
                .contains("<cac:InvoiceDocumentReference><cbc:ID>ESP-2026-11-2120000811</cbc:ID>")
                .contains("<cbc:PayableAmount currencyID=\"SEK\">42960.11</cbc:PayableAmount>");

        StatementView ronneby = StatementFixtures.correctionOf(StatementFixtures.RONNEBY);
        String selfBilled = PeppolInvoice.write(document(ronneby, DocumentKind.SELF_BILLING_CREDIT_NOTE), ronneby,
                ISSUED, InvoiceSettings.defaults());
        assertThat(errors(selfBillingCreditNote, selfBilled)).isEmpty();
        assertThat(selfBilled).contains("<cbc:CreditNoteTypeCode>261</cbc:CreditNoteTypeCode>")
                .contains("<cac:InvoiceDocumentReference><cbc:ID>ESP-SB-2026-11-2120000837</cbc:ID>")
                .contains("<cbc:PayableAmount currencyID=\"SEK\">19500.00</cbc:PayableAmount>");
        String ronnebyCredit = PeppolInvoice.write(document(ronneby, DocumentKind.CREDIT_NOTE), ronneby, ISSUED,
                InvoiceSettings.defaults());
        assertThat(errors(creditNote, ronnebyCredit)).isEmpty();
    }

    @Test
    void aPaymentAdviceStatesWhatThePlatformWillPay() {
        StatementView malmo = StatementFixtures.statementOf(StatementFixtures.MALMO);
        SettlementDocument advice = SettlementDocuments.of(malmo.statement(), malmo.organisation().number(),
                malmo.owner().id(), OwedMoneyDocument.PAYMENT_ADVICE).get(0);

        assertThat(PaymentAdvice.write(advice, malmo, ISSUED)).contains("Betalningsavisering ESP-PA-2026-11-2120001124")
                .contains("Summa: 4500.00 SEK");
    }
}
