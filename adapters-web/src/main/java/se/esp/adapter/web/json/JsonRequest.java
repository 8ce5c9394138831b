package se.esp.adapter.web.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.adapter.common.json.StrictJson;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A JSON object request body, read field by field. Wrong types, unknown enum values and unknown fields are
 * collected as violations named by their field; {@link #throwIfInvalid()} reports them all at once.
 */
public final class JsonRequest {

    private final JsonObject body;
    private final Violations violations = new Violations();
    private final Set<String> read = new HashSet<>();
    /** Nested objects read from this one, by the field name prefix their violations get. */
    private final List<Map.Entry<String, JsonRequest>> nested = new ArrayList<>();

    private JsonRequest(JsonObject body) {
        this.body = body;
    }

    /**
     * @throws MalformedJsonException if the text is not a single JSON object within the bounds of {@link StrictJson}
     */
    public static JsonRequest parse(String text) {
        return new JsonRequest(StrictJson.readObject(text));
    }

    /** The names of the object's fields, for maps keyed by name (e.g. a fee per participation level). */
    public Set<String> fieldNames() {
        return body.keySet();
    }

    public boolean has(String field) {
        return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A text field that must be present; {@code null} (and a violation) when it is not. */
    public String requiredString(String field) {
        String value = optionalString(field);
        if (value == null && !hasViolationFor(field)) {
            violations.add(field, ViolationCode.REQUIRED, "is required");
        }
        return value;
    }

    public String optionalString(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        wrongType(field, "must be text");
        return null;
    }

    /** A whole number, or {@code null} when absent. */
    public Long optionalLong(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                violations.add(field, ViolationCode.OUT_OF_RANGE, "is too large");
                return null;
            }
        }
        wrongType(field, "must be a whole number");
        return null;
    }

    /** {@code true} or {@code false}, or {@code null} when absent. */
    public Boolean optionalBoolean(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        wrongType(field, "must be true or false");
        return null;
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        E value = optionalEnum(field, type);
        if (value == null && !hasViolationFor(field)) {
            violations.add(field, ViolationCode.REQUIRED, "is required; one of " + allowed(type));
        }
        return value;
    }

    public <E extends Enum<E>> E optionalEnum(String field, Class<E> type) {
        String text = optionalString(field);
        return text == null ? null : enumValue(field, text, type);
    }

    /** A list of enum names; absent means empty. */
    public <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        read.add(field);
        Set<E> result = EnumSet.noneOf(type);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            wrongType(field, "must be a list of " + allowed(type));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element instanceof JsonString string) {
                E parsed = enumValue(field + "[" + i + "]", string.getString(), type);
                if (parsed != null) {
                    result.add(parsed);
                }
            } else {
                wrongType(field + "[" + i + "]", "must be one of " + allowed(type));
            }
        }
        return result;
    }

    /** Builds a value object from what was read; its validation failure is recorded under the field. */
    public <T> T check(String field, Supplier<T> attempt) {
        return violations.check(field, attempt);
    }

    /** Accepts fields a client may send back unchanged (e.g. {@code id}, {@code version}) without using them. */
    public JsonRequest ignoring(String... fields) {
        read.addAll(Arrays.asList(fields));
        return this;
    }

    public Violations violations() {
        return violations;
    }

    /** Refuses unknown fields (a misspelt field must not be silently dropped) and reports every violation. */
    public void throwIfInvalid() {
        for (Map.Entry<String, JsonRequest> child : nested) {
            try {
                child.getValue().throwIfInvalid();
            } catch (ValidationException e) {
                e.violations().forEach(v -> violations.add(child.getKey() + v.field(), v.code(), v.message()));
            }
        }
        body.keySet().stream()
                .filter(field -> !read.contains(field))
                .sorted()
                .forEach(field -> violations.add(field, ViolationCode.NOT_ALLOWED, "is not a field of this request"));
        violations.throwIfAny();
    }

    // Nested values: objects and lists. A nested object is read like the body; its violations are named by their
    // path from the body ("availability.slots[1].end") and reported with the body's by throwIfInvalid().

    /** A nested object, or {@code null} when absent (or not an object, which is recorded as a violation). */
    public JsonRequest optionalObject(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return nest(field + ".", object);
        }
        wrongType(field, "must be an object");
        return null;
    }

    /** A list of objects; absent means empty. Elements that are not objects are recorded as violations. */
    public List<JsonRequest> objectList(String field) {
        read.add(field);
        List<JsonRequest> result = new ArrayList<>();
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            wrongType(field, "must be a list of objects");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                result.add(nest(field + "[" + i + "].", object));
            } else {
                wrongType(field + "[" + i + "]", "must be an object");
            }
        }
        return result;
    }

    /**
     * A nested object whose fields are named by the client (e.g. answers keyed by form field), as raw JSON values for
     * the caller to judge; absent means empty. Its fields are the caller's to check, so none is refused as unknown.
     */
    public Map<String, JsonValue> rawObject(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value instanceof JsonObject object) {
            return new java.util.LinkedHashMap<>(object);
        }
        wrongType(field, "must be an object");
        return Map.of();
    }

    /** A list of texts; absent means empty. */
    public List<String> stringList(String field) {
        read.add(field);
        List<String> result = new ArrayList<>();
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            wrongType(field, "must be a list of texts");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString string) {
                result.add(string.getString());
            } else {
                wrongType(field + "[" + i + "]", "must be text");
            }
        }
        return result;
    }

    /**
     * A decimal written as a JSON number ({@code 450.5}) or as text ({@code "450.50"}), returned as its exact text for
     * a value object to parse (amounts must never pass through {@code double}); {@code null} when absent.
     */
    public String optionalDecimalText(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        wrongType(field, "must be a number, e.g. 450.00");
        return null;
    }

    private JsonRequest nest(String prefix, JsonObject object) {
        JsonRequest child = new JsonRequest(object);
        nested.add(Map.entry(prefix, child));
        return child;
    }

    /** Parses a query or header value as an enum, recording a violation named by {@code field}. */
    public static <E extends Enum<E>> E enumValue(Violations violations, String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(field, ViolationCode.UNKNOWN_VALUE,
                    "'" + text + "' is not one of " + allowed(type));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        violations.add(field, ViolationCode.UNKNOWN_VALUE, "'" + text + "' is not one of " + allowed(type));
        return null;
    }

    private void wrongType(String field, String message) {
        violations.add(field, ViolationCode.INVALID_FORMAT, message);
    }

    private boolean hasViolationFor(String field) {
        return violations.concerns(field);
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
