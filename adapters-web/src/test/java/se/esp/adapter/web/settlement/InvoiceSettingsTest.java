package se.esp.adapter.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.shared.ValidationException;

class InvoiceSettingsTest {

    @Test
    void nothingConfiguredGivesTheDefaults() {
        InvoiceSettings settings = InvoiceSettings.from(Map.of());

        assertThat(settings).isEqualTo(InvoiceSettings.defaults());
        assertThat(settings.sellerVatNumber(OrganisationNumber.parse("212000-0837"))).isEqualTo("SE212000083701");
        assertThat(settings.buyerReference(OrganisationNumber.parse("212000-0811"), "eSP-2026-11"))
                .isEqualTo("eSP-2026-11");
    }

    @Test
    void readsEverySettingNormalised() {
        InvoiceSettings settings = InvoiceSettings.from(Map.of(
                InvoiceSettings.SELLER_VAT_NUMBER, "se 2120000837 01",
                InvoiceSettings.BANKGIRO, "5050-1055",
                InvoiceSettings.PAYMENT_TERMS_DAYS, " 20 ",
                InvoiceSettings.BUYER_REFERENCES, "212000-0811=KST 4711; 2120002262 = Ref Borlänge ;"));

        assertThat(settings.sellerVatNumber(OrganisationNumber.parse("556000-0001"))).isEqualTo("SE212000083701");
        assertThat(settings.payment()).isEqualTo(new InvoiceSettings.PaymentAccount(
                InvoiceSettings.PaymentAccount.Kind.BANKGIRO, "50501055", null));
        assertThat(settings.paymentTermsDays()).isEqualTo(20);
        assertThat(settings.buyerReferences()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2120000811", "KST 4711", "2120002262", "Ref Borlänge"));
    }

    @Test
    void anIbanNeedsMatchingCheckDigitsAndABic() {
        InvoiceSettings settings = InvoiceSettings.from(Map.of(InvoiceSettings.IBAN, "SE45 5000 0000 0583 9825 7466",
                InvoiceSettings.BIC, "eswwsess"));
        assertThat(settings.payment().account()).isEqualTo("SE4550000000058398257466");
        assertThat(settings.payment().branchId()).isEqualTo("ESWWSESS");

        assertThat(InvoiceSettings.validIban("SE4550000000058398257467")).isFalse();
        assertThatThrownBy(() -> InvoiceSettings.from(Map.of(InvoiceSettings.IBAN, "SE4550000000058398257466")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly(InvoiceSettings.BIC));
    }

    @Test
    void everyWrongSettingIsNamedAtOnce() {
        assertThatThrownBy(() -> InvoiceSettings.from(Map.of(
                InvoiceSettings.SELLER_VAT_NUMBER, "SE2120000837",
                InvoiceSettings.BANKGIRO, "12-34",
                InvoiceSettings.PAYMENT_TERMS_DAYS, "thirty",
                InvoiceSettings.BUYER_REFERENCES, "212000-0812=KST 1;2120000811=")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder(InvoiceSettings.SELLER_VAT_NUMBER,
                                InvoiceSettings.BANKGIRO, InvoiceSettings.PAYMENT_TERMS_DAYS,
                                InvoiceSettings.BUYER_REFERENCES, InvoiceSettings.BUYER_REFERENCES));
    }

    @Test
    void onePaymentAccountOnly() {
        assertThatThrownBy(() -> InvoiceSettings.from(Map.of(InvoiceSettings.BANKGIRO, "5050-1055",
                InvoiceSettings.PLUSGIRO, "4711-4")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("esp.invoice.payment"));
        assertThatThrownBy(() -> InvoiceSettings.from(Map.of(InvoiceSettings.PAYMENT_TERMS_DAYS, "400")))
                .isInstanceOf(ValidationException.class);
    }
}
