package se.esp.adapter.web.fee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.esp.adapter.web.json.JsonRequest;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ViolationCode;

/**
 * Reads an amount or a day from a body read with {@link JsonRequest}, for {@code project/ScalingProjectResource},
 * which still reads its bodies that way. The fee schedule itself is read and written through {@link FeeModels}; this
 * class goes when scaling projects are bound to typed models too.
 */
public final class FeeJson {

    private FeeJson() {
    }

    /** Amounts are decimal strings in kronor ({@code "6500.00"}), so no client rounds money through a float. */
    public static Money requiredMoney(JsonRequest request, String field) {
        String text = request.requiredString(field);
        return text == null ? null : request.check(field, () -> Money.parse(text));
    }

    public static LocalDate requiredDate(JsonRequest request, String field) {
        String text = request.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            request.violations().add(field, ViolationCode.INVALID_FORMAT, "must be a date like 2026-11-10");
            return null;
        }
    }
}
