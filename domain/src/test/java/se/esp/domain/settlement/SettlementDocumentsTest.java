package se.esp.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.Money;

class SettlementDocumentsTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final OrganisationNumber RONNEBY_NUMBER = OrganisationNumber.parse("212000-0837");
    private static final OrganisationNumber OLOFSTROM_NUMBER = OrganisationNumber.parse("212000-0811");
    private static final OrganisationNumber MALMO_NUMBER = OrganisationNumber.parse("212000-1124");

    private static SettlementResult november() {
        return SettlementCalculator.settle(new SettlementInput(WorkedExampleTest.NOVEMBER, WorkedExampleTest.OWNER,
                WorkedExampleTest.demoSchedule(), List.of(WorkedExampleTest.studyGuidanceInArabic()), List.of(),
                List.of()));
    }

    private static SettlementResult decemberCancellingNovember() {
        return SettlementCalculator.settle(new SettlementInput(DECEMBER, WorkedExampleTest.OWNER,
                WorkedExampleTest.demoSchedule(), List.of(), List.of(), List.of(new Reversal(
                WorkedExampleTest.NOVEMBER, november().lines(), "delivery cancelled"))));
    }

    private static Statement closed(SettlementResult result, OrganisationId organisation) {
        return new Statement(result.period(), organisation, PeriodStatus.CLOSED, result.lines().stream()
                .filter(l -> l.organisation().equals(organisation)).toList());
    }

    private static List<SettlementDocument> documents(SettlementResult result, OrganisationId organisation,
                                                      OrganisationNumber number, OwedMoneyDocument owed) {
        return SettlementDocuments.of(closed(result, organisation), number, WorkedExampleTest.OWNER, owed);
    }

    @Test
    void aBuyerGetsOneInvoiceOfWhatItOwes() {
        assertThat(documents(november(), WorkedExampleTest.OLOFSTROM, OLOFSTROM_NUMBER,
                OwedMoneyDocument.SELF_BILLING_INVOICE)).singleElement().satisfies(invoice -> {
                    assertThat(invoice.kind()).isEqualTo(DocumentKind.INVOICE);
                    assertThat(invoice.number()).isEqualTo("ESP-2026-11-2120000811");
                    assertThat(invoice.lineTotal().toPlainString()).isEqualTo("13000.00");
                    assertThat(invoice.payable().toPlainString()).isEqualTo("13000.00"); // exempt
                });
    }

    @Test
    void aSellerGetsASelfBillingInvoiceOfWhatItSoldAndAnInvoiceOfTheFeeAndTheHoursItBought() {
        List<SettlementDocument> ronneby = documents(november(), WorkedExampleTest.RONNEBY, RONNEBY_NUMBER,
                OwedMoneyDocument.SELF_BILLING_INVOICE);

        assertThat(ronneby).extracting(SettlementDocument::kind, SettlementDocument::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DocumentKind.INVOICE, "ESP-2026-11-2120000837"),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.SELF_BILLING_INVOICE, "ESP-SB-2026-11-2120000837"));
        SettlementDocument invoice = ronneby.get(0);
        SettlementDocument selfBilled = ronneby.get(1);
        assertThat(invoice.lineTotal().toPlainString()).isEqualTo("5475.00"); // 975.00 fee + 4 500.00 hours
        assertThat(invoice.taxTotal().toPlainString()).isEqualTo("243.75"); // 25 % of the fee
        assertThat(selfBilled.lineTotal().toPlainString()).isEqualTo("19500.00");
        assertThat(selfBilled.taxTotal()).isEqualTo(Money.ZERO);
        // What changes hands is the statement's net: 19 500.00 − 5 475.00 = 14 025.00 (before the fee's VAT).
        assertThat(selfBilled.lineTotal().minus(invoice.lineTotal()).toPlainString()).isEqualTo("14025.00");
    }

    @Test
    void anEmployerThatLentStaffGetsASelfBillingInvoiceOrAPaymentAdviceAsConfigured() {
        assertThat(documents(november(), WorkedExampleTest.MALMO, MALMO_NUMBER,
                OwedMoneyDocument.SELF_BILLING_INVOICE)).singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(DocumentKind.SELF_BILLING_INVOICE);
                    assertThat(d.payable().toPlainString()).isEqualTo("4500.00");
                });
        assertThat(documents(november(), WorkedExampleTest.MALMO, MALMO_NUMBER, OwedMoneyDocument.PAYMENT_ADVICE))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(DocumentKind.PAYMENT_ADVICE);
                    assertThat(d.number()).isEqualTo("ESP-PA-2026-11-2120001124");
                    assertThat(d.payable().toPlainString()).isEqualTo("4500.00");
                });
    }

    @Test
    void correctionsOfAClosedMonthCreditTheDocumentsTheyCorrect() {
        assertThat(documents(decemberCancellingNovember(), WorkedExampleTest.OLOFSTROM, OLOFSTROM_NUMBER,
                OwedMoneyDocument.SELF_BILLING_INVOICE)).singleElement().satisfies(credit -> {
                    assertThat(credit.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
                    assertThat(credit.number()).isEqualTo("ESP-CN-2026-12-2120000811-2026-11");
                    assertThat(credit.refersTo()).isEqualTo("ESP-2026-11-2120000811");
                    assertThat(credit.payable().toPlainString()).isEqualTo("13000.00");
                });
        List<SettlementDocument> ronneby = documents(decemberCancellingNovember(), WorkedExampleTest.RONNEBY,
                RONNEBY_NUMBER, OwedMoneyDocument.SELF_BILLING_INVOICE);
        assertThat(ronneby).extracting(SettlementDocument::kind, SettlementDocument::refersTo,
                d -> d.lineTotal().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DocumentKind.CREDIT_NOTE, "ESP-2026-11-2120000837", "5475.00"),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.SELF_BILLING_CREDIT_NOTE,
                        "ESP-SB-2026-11-2120000837", "19500.00"));
    }

    @Test
    void theOwnerGetsNoDocumentsAndAnOpenMonthHasNone() {
        assertThat(documents(november(), WorkedExampleTest.OWNER, OrganisationNumber.parse("802999-0002"),
                OwedMoneyDocument.SELF_BILLING_INVOICE)).isEmpty();
        Statement open = new Statement(WorkedExampleTest.NOVEMBER, WorkedExampleTest.OLOFSTROM, PeriodStatus.OPEN,
                List.of());
        assertThatThrownBy(() -> SettlementDocuments.of(open, OLOFSTROM_NUMBER, WorkedExampleTest.OWNER,
                OwedMoneyDocument.SELF_BILLING_INVOICE)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SETTLEMENT_PERIOD_OPEN));
    }
}
