package se.esp.adapter.messaging.inbound;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A JSON object message body, read field by field with the same rules as the REST API's request reader
 * ({@code adapters-web .../json/JsonRequest}, which this adapter may not use): wrong types, unknown enum values and
 * unknown fields become violations named by their path; {@link #throwIfInvalid()} reports them all at once.
 * Bootstrap's {@code inbound/ApplicationReadersAgreeTest} proves that both readers name the same fields.
 */
final class JsonMessage {

    private final JsonObject body;
    private final Violations violations = new Violations();
    private final Set<String> read = new HashSet<>();
    private final List<Map.Entry<String, JsonMessage>> nested = new ArrayList<>();

    private JsonMessage(JsonObject body) {
        this.body = body;
    }

    /** @throws MalformedMessageException if the text is not a single JSON object */
    static JsonMessage parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedMessageException("the message body is empty; a JSON object is expected");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw new MalformedMessageException("the message body must be a JSON object");
            }
            return new JsonMessage(object);
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            String where = location == null ? ""
                    : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
            throw new MalformedMessageException("the message body is not valid JSON" + where);
        } catch (JsonException e) {
            throw new MalformedMessageException("the message body is not valid JSON");
        }
    }

    String requiredString(String field) {
        String value = optionalString(field);
        if (value == null && !violations.concerns(field)) {
            violations.add(field, ViolationCode.REQUIRED, "is required");
        }
        return value;
    }

    String optionalString(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        violations.add(field, ViolationCode.INVALID_FORMAT, "must be text");
        return null;
    }

    Boolean optionalBoolean(String field) {
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
        violations.add(field, ViolationCode.INVALID_FORMAT, "must be true or false");
        return null;
    }

    /** A list of enum names; absent means empty. */
    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        read.add(field);
        Set<E> result = EnumSet.noneOf(type);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be a list of " + allowed(type));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            String element = field + "[" + i + "]";
            if (array.get(i) instanceof JsonString string) {
                E parsed = enumValue(element, string.getString(), type);
                if (parsed != null) {
                    result.add(parsed);
                }
            } else {
                violations.add(element, ViolationCode.INVALID_FORMAT, "must be one of " + allowed(type));
            }
        }
        return result;
    }

    <T> T check(String field, Supplier<T> attempt) {
        return violations.check(field, attempt);
    }

    Violations violations() {
        return violations;
    }

    /** Refuses unknown fields (a misspelt field must not be silently dropped) and reports every violation. */
    void throwIfInvalid() {
        for (Map.Entry<String, JsonMessage> child : nested) {
            try {
                child.getValue().throwIfInvalid();
            } catch (ValidationException e) {
                e.violations().forEach(v -> violations.add(child.getKey() + v.field(), v.code(), v.message()));
            }
        }
        body.keySet().stream()
                .filter(field -> !read.contains(field))
                .sorted()
                .forEach(field -> violations.add(field, ViolationCode.NOT_ALLOWED, "is not a field of this message"));
        violations.throwIfAny();
    }

    /** A list of objects; absent means empty. */
    List<JsonMessage> objectList(String field) {
        read.add(field);
        List<JsonMessage> result = new ArrayList<>();
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be a list of objects");
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                JsonMessage child = new JsonMessage(object);
                nested.add(Map.entry(field + "[" + i + "].", child));
                result.add(child);
            } else {
                violations.add(field + "[" + i + "]", ViolationCode.INVALID_FORMAT, "must be an object");
            }
        }
        return result;
    }

    /** A nested object whose fields the sender names (answers by form field), as raw JSON values. */
    Map<String, JsonValue> rawObject(String field) {
        read.add(field);
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value instanceof JsonObject object) {
            return new LinkedHashMap<>(object);
        }
        violations.add(field, ViolationCode.INVALID_FORMAT, "must be an object");
        return Map.of();
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

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
