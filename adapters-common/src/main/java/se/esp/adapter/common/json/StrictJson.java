package se.esp.adapter.common.json;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * Reads one JSON object from text within bounds that make hostile input cheap to refuse: every limit is checked on
 * the parser's events, before a value is built or any arithmetic is done, so a refusal costs time proportional to the
 * text read so far. Refused: nesting deeper than {@value #MAX_DEPTH}; a number longer than {@value #MAX_NUMBER_LENGTH}
 * characters or with an exponent beyond ±{@value #MAX_EXPONENT} ({@code 1e1000000} is refused before it is expanded);
 * a key repeated in one object (which of the two would count is a guess); anything after the document; a body over
 * {@value #MAX_LENGTH} characters; a document that is not an object.
 *
 * <p>Only the {@code jakarta.json} API is used, so the same rules hold on any server's JSON-P implementation.</p>
 */
public final class StrictJson {

    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_LENGTH = 40;
    public static final int MAX_EXPONENT = 30;
    /** Bodies are bounded by the transports too (256 KiB on the API); this bounds what reaches the parser at all. */
    public static final int MAX_LENGTH = 1 << 20;


    private StrictJson() {
    }

    /** @throws MalformedJsonException naming the offending field where there is one */
    public static JsonObject readObject(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedJsonException("the body is empty; a JSON object is expected");
        }
        if (text.length() > MAX_LENGTH) {
            throw new MalformedJsonException("the body is longer than " + MAX_LENGTH + " characters");
        }
        try (JsonParser parser = JsonProviders.provider().createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new MalformedJsonException("the body must be a JSON object");
            }
            JsonObject object = new Reader(parser).object("");
            if (hasMore(parser)) {
                throw new MalformedJsonException("the body has data after the JSON object" + at(parser.getLocation()));
            }
            return object;
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("the body is not valid JSON" + at(e.getLocation()));
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new MalformedJsonException("the body is not valid JSON");
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }


    /** Builds values from the parser's events, checking every bound as it goes. */
    private static final class Reader {

        private final JsonParser parser;
        private final JsonProvider json = JsonProviders.provider();
        private int depth = 1;

        Reader(JsonParser parser) {
            this.parser = parser;
        }

        JsonObject object(String path) {
            JsonObjectBuilder builder = json.createObjectBuilder();
            Set<String> keys = new HashSet<>();
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    depth--;
                    return builder.build();
                }
                if (event != JsonParser.Event.KEY_NAME) {
                    throw new MalformedJsonException("the body is not valid JSON" + at(parser.getLocation()));
                }
                String key = parser.getString();
                String fieldPath = path.isEmpty() ? key : path + "." + key;
                if (!keys.add(key)) {
                    throw new MalformedJsonException("the field '" + fieldPath + "' appears more than once",
                            fieldPath);
                }
                builder.add(key, value(parser.next(), fieldPath));
            }
        }

        private JsonValue array(String path) {
            JsonArrayBuilder builder = json.createArrayBuilder();
            int index = 0;
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    depth--;
                    return builder.build();
                }
                builder.add(value(event, path + "[" + index++ + "]"));
            }
        }

        private JsonValue value(JsonParser.Event event, String path) {
            return switch (event) {
                case START_OBJECT -> {
                    enter(path);
                    yield object(path);
                }
                case START_ARRAY -> {
                    enter(path);
                    yield array(path);
                }
                case VALUE_STRING -> json.createValue(parser.getString());
                case VALUE_NUMBER -> json.createValue(number(parser.getString(), path));
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw new MalformedJsonException("the body is not valid JSON" + at(parser.getLocation()));
            };
        }

        private void enter(String path) {
            if (++depth > MAX_DEPTH) {
                throw new MalformedJsonException("the body is nested deeper than " + MAX_DEPTH + " levels", path);
            }
        }
    }

    /**
     * The number's text checked for length and exponent before it becomes a {@link BigDecimal} (whose construction
     * is then linear in at most {@value #MAX_NUMBER_LENGTH} characters, and which is never expanded here).
     */
    static BigDecimal number(String text, String path) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new MalformedJsonException("the number at '" + path + "' is longer than " + MAX_NUMBER_LENGTH
                    + " characters", path);
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            String exponent = text.substring(e + 1);
            int start = exponent.startsWith("-") || exponent.startsWith("+") ? 1 : 0;
            String digits = exponent.substring(start).replaceFirst("^0+(?=.)", "");
            if (digits.length() > 2 || Integer.parseInt(digits) > MAX_EXPONENT) {
                throw new MalformedJsonException("the number at '" + path + "' has an exponent beyond ±"
                        + MAX_EXPONENT, path);
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException ex) {
            throw new MalformedJsonException("the number at '" + path + "' is not a number", path);
        }
    }
}
