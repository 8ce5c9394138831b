package se.esp.application.port.in.offering;

import java.util.Objects;

/**
 * How many offerings a value of a dimension has.
 *
 * @param value the value as the API writes it: an enum name, a language code, a supplier's id
 * @param label a supplier's name; {@code null} for the other dimensions
 */
public record FacetCount(String value, String label, long count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
    }
}
