package se.esp.domain.fee;

import java.time.LocalDate;
import java.util.Objects;

/** The rates that apply from {@code validFrom} until the next version's date. */
public record RatesVersion(LocalDate validFrom, FeeRates rates) {

    public RatesVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(rates, "rates");
    }

    /** How settlement lines name the rule that caused them, e.g. {@code fee-schedule@2026-01-01}. */
    public String reference() {
        return "fee-schedule@" + validFrom;
    }
}
