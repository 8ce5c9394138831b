package se.esp.domain.application;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A participant's valid answers to the offering version's form, by field key, in a normal form: text stripped,
 * numbers as plain decimals, dates as ISO dates, choices as the option's value, yes/no as {@code true}/{@code false}.
 * Made only by {@link ApplicationRules}, or when loading what it made.
 */
public record Answers(Map<String, String> values) {

    public Answers {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Optional<String> of(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Answers can be personal; never in a log. */
    @Override
    public String toString() {
        return "Answers[" + values.size() + " fields]";
    }
}
