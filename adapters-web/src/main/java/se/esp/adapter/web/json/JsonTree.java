package se.esp.adapter.web.json;

import java.math.BigDecimal;
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

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.adapter.common.json.StrictJson;
import se.esp.domain.shared.Money;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * A JSON request body with nested objects and lists, read as strictly as {@link JsonRequest}: every refusal is
 * named by its path ({@code components[2].durationMinutes}, {@code groupSize.min}), unknown fields at any depth
 * are refused, and everything is reported at once. {@code JsonRequest} reads flat bodies; bodies like a
 * packaging's content need this.
 */
public final class JsonTree {

    private final JsonObject object;
    private final String path;
    private final Violations violations;
    private final List<JsonTree> all;
    private final Set<String> read = new HashSet<>();

    private JsonTree(JsonObject object, String path, Violations violations, List<JsonTree> all) {
        this.object = object;
        this.path = path;
        this.violations = violations;
        this.all = all;
        all.add(this);
    }

    /**
     * @throws MalformedJsonException if the text is not a single JSON object within the bounds of {@link StrictJson}
     */
    public static JsonTree parse(String text) {
        return new JsonTree(StrictJson.readObject(text), "", new Violations(), new ArrayList<>());
    }

    /** The field's name as reported: its path from the body's root. */
    public String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** Accepts fields a client may send back unchanged ({@code id}, {@code version}, {@code status}). */
    public JsonTree ignoring(String... fields) {
        read.addAll(Arrays.asList(fields));
        return this;
    }

    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return wrong(field, "must be text");
    }

    public String requiredText(String field) {
        String value = text(field);
        if (value == null) {
            required(field);
        }
        return value;
    }

    public Integer integer(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                violations.add(name(field), ViolationCode.OUT_OF_RANGE, "is too large");
                return null;
            }
        }
        return wrong(field, "must be a whole number");
    }

    public int requiredInteger(String field) {
        Integer value = integer(field);
        if (value == null) {
            required(field);
            return 0;
        }
        return value;
    }

    public Boolean bool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        return wrong(field, "must be true or false");
    }

    /** A decimal number, as a JSON number or as text ({@code 1.5}, {@code "1.5"}). */
    public BigDecimal decimal(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString string) {
            try {
                return new BigDecimal(string.getString().strip());
            } catch (NumberFormatException e) {
                return wrong(field, "must be a number");
            }
        }
        return wrong(field, "must be a number");
    }

    /** An amount in kronor with at most two decimals; fractions of öre are refused under this field's name. */
    public Money money(String field) {
        BigDecimal kronor = decimal(field);
        return kronor == null ? null : check(field, () -> Money.ofKronor(kronor));
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        violations.add(name(field), ViolationCode.UNKNOWN_VALUE, "'" + text + "' is not one of " + allowed(type));
        return null;
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        E value = enumValue(field, type);
        if (value == null && !violations.concerns(name(field))) {
            violations.add(name(field), ViolationCode.REQUIRED, "is required; one of " + allowed(type));
        }
        return value;
    }

    /** A list of enum names; absent means empty. */
    public <E extends Enum<E>> Set<E> enums(String field, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        List<String> texts = texts(field);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            E match = null;
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    match = constant;
                }
            }
            if (match == null) {
                violations.add(name(field) + "[" + i + "]", ViolationCode.UNKNOWN_VALUE,
                        "'" + text + "' is not one of " + allowed(type));
            } else {
                result.add(match);
            }
        }
        return result;
    }

    /** A list of texts; absent means empty. */
    public List<String> texts(String field) {
        JsonArray array = array(field);
        List<String> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString string) {
                result.add(string.getString());
            } else {
                violations.add(name(field) + "[" + i + "]", ViolationCode.INVALID_FORMAT, "must be text");
            }
        }
        return result;
    }

    /** An object of texts keyed by name (e.g. language code); absent means empty. */
    public Map<String, String> textMap(String field) {
        Map<String, String> result = new LinkedHashMap<>();
        JsonValue value = value(field);
        if (value == null) {
            return result;
        }
        if (!(value instanceof JsonObject map)) {
            wrong(field, "must be an object of texts, e.g. {\"sv\": \"…\", \"en\": \"…\"}");
            return result;
        }
        map.forEach((key, text) -> {
            if (text instanceof JsonString string) {
                result.put(key, string.getString());
            } else {
                violations.add(name(field) + "." + key, ViolationCode.INVALID_FORMAT, "must be text");
            }
        });
        return result;
    }

    /** A nested object, or {@code null} when absent (or not an object, which is recorded). */
    public JsonTree object(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject nested) {
            return new JsonTree(nested, name(field), violations, all);
        }
        return wrong(field, "must be an object");
    }

    /** A list of objects; absent means empty. */
    public List<JsonTree> objects(String field) {
        JsonArray array = array(field);
        List<JsonTree> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemName = name(field) + "[" + i + "]";
            if (array.get(i) instanceof JsonObject nested) {
                result.add(new JsonTree(nested, itemName, violations, all));
            } else {
                violations.add(itemName, ViolationCode.INVALID_FORMAT, "must be an object");
            }
        }
        return result;
    }

    /** Builds a value object; its refusal is recorded under this field's name. */
    public <T> T check(String field, Supplier<T> attempt) {
        return violations.check(name(field), attempt);
    }

    /** Builds a value object whose refusals name their own fields, reported below this one's. */
    public <T> T checkNested(String field, Supplier<T> attempt) {
        return violations.checkNested(name(field), attempt);
    }

    /** Builds a value object whose refusals name fields at this object's level. */
    public <T> T checkHere(Supplier<T> attempt) {
        if (path.isEmpty()) {
            try {
                return attempt.get();
            } catch (ValidationException e) {
                violations.addAll(e);
                return null;
            }
        }
        return violations.checkNested(path, attempt);
    }

    public Violations violations() {
        return violations;
    }

    /** Whether anything at or below this object was refused so far. */
    public boolean isValidSoFar() {
        return violations.isEmpty();
    }

    /** Refuses unknown fields at every depth and reports every violation. */
    public void throwIfInvalid() {
        for (JsonTree tree : all) {
            tree.object.keySet().stream().filter(field -> !tree.read.contains(field)).sorted()
                    .forEach(field -> violations.add(tree.name(field), ViolationCode.NOT_ALLOWED,
                            "is not a field of this request"));
        }
        violations.throwIfAny();
    }

    private JsonValue value(String field) {
        read.add(field);
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private JsonArray array(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        return wrong(field, "must be a list");
    }

    private void required(String field) {
        if (!violations.concerns(name(field))) {
            violations.add(name(field), ViolationCode.REQUIRED, "is required");
        }
    }

    private <T> T wrong(String field, String message) {
        violations.add(name(field), ViolationCode.INVALID_FORMAT, message);
        return null;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
