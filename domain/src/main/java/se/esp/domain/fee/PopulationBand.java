package se.esp.domain.fee;

import java.util.Objects;

import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * One tier of the membership fees: organisations with at least {@code fromPopulation} inhabitants (and fewer than
 * the next band's start) pay {@code entryFee} once and {@code annualFee} every year.
 */
public record PopulationBand(long fromPopulation, Money entryFee, Money annualFee) {

    public PopulationBand {
        if (fromPopulation < 0) {
            throw ValidationException.of("fromPopulation", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        Objects.requireNonNull(entryFee, "entryFee");
        Objects.requireNonNull(annualFee, "annualFee");
        if (entryFee.isNegative()) {
            throw ValidationException.of("entryFee", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
        if (annualFee.isNegative()) {
            throw ValidationException.of("annualFee", ViolationCode.OUT_OF_RANGE, "must not be negative");
        }
    }
}
