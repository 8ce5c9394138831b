package se.esp.bootstrap.wiring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import se.esp.adapter.web.settlement.InvoiceSettings;

/**
 * The owner's invoice settings from MicroProfile Config ({@code esp.invoice.*}; environment variables such as
 * {@code ESP_INVOICE_PAYMENT_BANKGIRO}), read once. A wrong value stops the start with the setting named
 * ({@link se.esp.bootstrap.PlatformStartup} reads them first), rather than putting it on invoices.
 */
@ApplicationScoped
public class InvoiceSettingsProducer {

    private static final List<String> KEYS = List.of(InvoiceSettings.SELLER_VAT_NUMBER, InvoiceSettings.BANKGIRO,
            InvoiceSettings.PLUSGIRO, InvoiceSettings.IBAN, InvoiceSettings.BIC, InvoiceSettings.PAYMENT_TERMS_DAYS,
            InvoiceSettings.BUYER_REFERENCES);

    @Inject
    Config config;

    private volatile InvoiceSettings settings;

    /** The settings; the record is immutable, so every injection point shares the one read at first use. */
    @Produces
    public InvoiceSettings settings() {
        InvoiceSettings read = settings;
        if (read == null) {
            Map<String, String> values = new HashMap<>();
            for (String key : KEYS) {
                config.getOptionalValue(key, String.class).ifPresent(value -> values.put(key, value));
            }
            read = InvoiceSettings.from(values);
            settings = read;
        }
        return read;
    }
}
