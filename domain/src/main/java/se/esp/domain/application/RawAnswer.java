package se.esp.domain.application;

import java.util.Objects;

/**
 * An answer as the consumer sent it, before it is checked against the form: its kind (what the JSON value was) and
 * its text. Adapters make these; {@link ApplicationRules} decides what is a valid answer to which field.
 */
public record RawAnswer(Kind kind, String text) {

    /** What the consumer sent. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, OTHER }

    public RawAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static RawAnswer text(String text) {
        return new RawAnswer(Kind.TEXT, text);
    }

    public static RawAnswer number(String plainDecimal) {
        return new RawAnswer(Kind.NUMBER, plainDecimal);
    }

    public static RawAnswer bool(boolean value) {
        return new RawAnswer(Kind.BOOLEAN, Boolean.toString(value));
    }

    @Override
    public String toString() {
        return "RawAnswer[" + kind + "]";
    }
}
