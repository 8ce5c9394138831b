package se.esp.adapter.common.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/**
 * Binds a JSON object to a typed request model (a record), the one way every channel reads a body. The model is also
 * what the OpenAPI document describes, and the rules the document states on a component's {@link Schema} are the rules
 * enforced here: {@code required}, {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum},
 * {@code minItems}/{@code maxItems}, {@code pattern}. On top of them: unknown fields are refused at every depth, a value
 * of the wrong JSON type is refused, enums take their exact names, dates and months must lie within
 * {@value #MIN_YEAR}–{@value #MAX_YEAR}, and every violation is named by its path ({@code slots[1].end}).
 *
 * <p>Supported component types: {@code String}, {@code Boolean}/{@code boolean}, {@code Integer}/{@code int},
 * {@code Long}/{@code long}, {@code BigDecimal} (a JSON number or a decimal string, kept exact), enums, {@code UUID},
 * {@code LocalDate}, {@code YearMonth}, {@code LocalTime}, {@code Instant}, {@code OffsetDateTime}, {@code List},
 * {@code Set}, {@code Map<String, …>}, nested records, and {@code JsonValue} for a value the caller judges itself.</p>
 */
public final class JsonBinder {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    /** A bound on the violations reported for one body, so a hostile body cannot make the answer huge. */
    public static final int MAX_VIOLATIONS = 100;
    /** Lists without a {@code maxItems} of their own hold at most this many elements. */
    public static final int DEFAULT_MAX_ITEMS = 1000;
    /** Texts without a {@code maxLength} of their own hold at most this many characters. */
    public static final int DEFAULT_MAX_LENGTH = 10_000;

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Map<Class<?>, Model> MODELS = new ConcurrentHashMap<>();

    private final Violations violations = new Violations();
    private final Set<String> present = new HashSet<>();

    private JsonBinder() {
    }

    /**
     * Parses {@code text} strictly ({@link StrictJson}) and binds it to {@code type}.
     *
     * @param ignored top-level fields a client may send back unchanged from what it read ({@code id}, {@code version})
     * @throws MalformedJsonException if the text is not a JSON object within bounds
     */
    public static <R extends Record> BoundRequest<R> bind(String text, Class<R> type, String... ignored) {
        return bind(StrictJson.readObject(text), type, ignored);
    }

    /** Binds an already parsed object (see {@link #bind(String, Class, String...)}). */
    public static <R extends Record> BoundRequest<R> bind(JsonObject object, Class<R> type, String... ignored) {
        JsonBinder binder = new JsonBinder();
        R value = binder.record(object, type, "", Set.of(ignored));
        return new BoundRequest<>(value, binder.violations, binder.present);
    }

    private <R> R record(JsonObject object, Class<R> type, String path, Set<String> ignored) {
        Model model = MODELS.computeIfAbsent(type, Model::of);
        Object[] values = new Object[model.components.size()];
        for (int i = 0; i < values.length; i++) {
            Component component = model.components.get(i);
            String fieldPath = join(path, component.name);
            JsonValue json = object.get(component.name);
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                if (component.required) {
                    refuse(fieldPath, ViolationCode.REQUIRED, "is required" + component.hint());
                }
                values[i] = defaultOf(component.type);
                continue;
            }
            present.add(fieldPath);
            Object value = value(json, component.genericType, component, fieldPath);
            values[i] = value == null ? defaultOf(component.type) : value;
        }
        object.keySet().stream()
                .filter(key -> !model.names.contains(key) && !ignored.contains(key))
                .sorted()
                .forEach(key -> refuse(join(path, key), ViolationCode.NOT_ALLOWED, "is not a field of this request"));
        try {
            return type.cast(model.constructor.newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build request model " + type.getName(), e);
        }
    }

    private Object value(JsonValue json, Type type, Component rules, String path) {
        Class<?> raw = rawClass(type);
        if (raw == JsonValue.class) {
            return json;
        }
        if (raw == String.class) {
            String text = string(json, path, "must be text");
            return text == null ? null : checkedText(text, rules, path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (json.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            return wrong(path, "must be true or false");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return whole(json, raw, rules, path);
        }
        if (raw == BigDecimal.class) {
            return decimal(json, rules, path);
        }
        if (raw.isEnum()) {
            String text = string(json, path, "must be one of " + allowed(raw));
            return text == null ? null : enumConstant(raw, text, path);
        }
        if (raw == UUID.class) {
            String text = string(json, path, "must be an id (UUID)");
            return text == null ? null : uuid(text, path);
        }
        if (raw == LocalDate.class || raw == YearMonth.class || raw == LocalTime.class || raw == Instant.class
                || raw == OffsetDateTime.class) {
            String text = string(json, path, "must be text");
            return text == null ? null : time(raw, text, path);
        }
        if (raw == List.class || raw == Set.class) {
            return collection(json, type, raw, rules, path);
        }
        if (raw == Map.class) {
            return map(json, type, rules, path);
        }
        if (raw.isRecord()) {
            if (json instanceof JsonObject nested) {
                return record(nested, raw, path, Set.of());
            }
            return wrong(path, "must be an object");
        }
        throw new IllegalStateException("request models may not use " + type.getTypeName() + " (" + path + ")");
    }

    private String string(JsonValue json, String path, String message) {
        if (json instanceof JsonString string) {
            return string.getString();
        }
        wrong(path, message);
        return null;
    }

    private String checkedText(String text, Component rules, String path) {
        int maxLength = rules == null || rules.maxLength < 0 ? DEFAULT_MAX_LENGTH : rules.maxLength;
        if (text.length() > maxLength) {
            return refuse(path, ViolationCode.TOO_LONG, "is longer than " + maxLength + " characters");
        }
        if (rules != null && text.length() < rules.minLength) {
            return refuse(path, rules.minLength == 1 ? ViolationCode.REQUIRED : ViolationCode.OUT_OF_RANGE,
                    rules.minLength == 1 ? "must not be empty" : "is shorter than " + rules.minLength + " characters");
        }
        if (rules != null && rules.pattern != null && !rules.pattern.matcher(text).matches()) {
            return refuse(path, ViolationCode.INVALID_FORMAT, "must match " + rules.pattern.pattern());
        }
        return text;
    }

    private Object whole(JsonValue json, Class<?> raw, Component rules, String path) {
        if (!(json instanceof JsonNumber number) || !number.isIntegral()) {
            return wrong(path, "must be a whole number");
        }
        BigDecimal value = number.bigDecimalValue();
        if (!inRange(value, rules, path)) {
            return null;
        }
        try {
            return raw == Integer.class || raw == int.class ? (Object) value.intValueExact() : value.longValueExact();
        } catch (ArithmeticException e) {
            return refuse(path, ViolationCode.OUT_OF_RANGE, "is too large");
        }
    }

    private BigDecimal decimal(JsonValue json, Component rules, String path) {
        BigDecimal value;
        if (json instanceof JsonNumber number) {
            value = number.bigDecimalValue();
        } else if (json instanceof JsonString string) {
            String text = string.getString().strip();
            if (!DECIMAL.matcher(text).matches()) {
                return refuse(path, ViolationCode.INVALID_FORMAT, "must be a decimal number, e.g. \"450.00\"");
            }
            value = new BigDecimal(text);
        } else {
            return refuse(path, ViolationCode.INVALID_FORMAT, "must be a decimal number, e.g. \"450.00\"");
        }
        return inRange(value, rules, path) ? value : null;
    }

    private boolean inRange(BigDecimal value, Component rules, String path) {
        if (rules != null && rules.minimum != null && value.compareTo(rules.minimum) < 0) {
            refuse(path, ViolationCode.OUT_OF_RANGE, "must be at least " + rules.minimum.toPlainString());
            return false;
        }
        if (rules != null && rules.maximum != null && value.compareTo(rules.maximum) > 0) {
            refuse(path, ViolationCode.OUT_OF_RANGE, "must be at most " + rules.maximum.toPlainString());
            return false;
        }
        return true;
    }

    private Object enumConstant(Class<?> type, String text, String path) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        return refuse(path, ViolationCode.UNKNOWN_VALUE, "'" + abbreviated(text) + "' is not one of " + allowed(type));
    }

    private UUID uuid(String text, String path) {
        if (text.length() != 36) {
            return refuse(path, ViolationCode.INVALID_FORMAT, "must be an id (UUID)");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return refuse(path, ViolationCode.INVALID_FORMAT, "must be an id (UUID)");
        }
    }

    private Object time(Class<?> type, String text, String path) {
        try {
            if (type == LocalDate.class) {
                if (!DATE.matcher(text).matches()) {
                    return refuse(path, ViolationCode.INVALID_FORMAT, "must be a date, e.g. 2026-03-01");
                }
                LocalDate date = LocalDate.parse(text);
                return yearInRange(date.getYear(), path) ? date : null;
            }
            if (type == YearMonth.class) {
                if (!MONTH.matcher(text).matches()) {
                    return refuse(path, ViolationCode.INVALID_FORMAT, "must be a month, e.g. 2026-03");
                }
                YearMonth month = YearMonth.parse(text);
                return yearInRange(month.getYear(), path) ? month : null;
            }
            if (type == LocalTime.class) {
                if (text.length() > 12) {
                    return refuse(path, ViolationCode.INVALID_FORMAT, "must be a time of day, e.g. 09:30");
                }
                return LocalTime.parse(text);
            }
            if (text.length() > 40) {
                return refuse(path, ViolationCode.INVALID_FORMAT, "must be a date and time, e.g. 2026-03-01T09:30:00Z");
            }
            if (type == Instant.class) {
                Instant instant = OffsetDateTime.parse(text).toInstant();
                return yearInRange(OffsetDateTime.parse(text).getYear(), path) ? instant : null;
            }
            OffsetDateTime at = OffsetDateTime.parse(text);
            return yearInRange(at.getYear(), path) ? at : null;
        } catch (DateTimeParseException e) {
            String example = type == LocalDate.class ? "a date, e.g. 2026-03-01"
                    : type == YearMonth.class ? "a month, e.g. 2026-03"
                    : type == LocalTime.class ? "a time of day, e.g. 09:30" : "a date and time, e.g. 2026-03-01T09:30:00Z";
            return refuse(path, ViolationCode.INVALID_FORMAT, "must be " + example);
        }
    }

    private boolean yearInRange(int year, String path) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            refuse(path, ViolationCode.OUT_OF_RANGE, "must lie between the years " + MIN_YEAR + " and " + MAX_YEAR);
            return false;
        }
        return true;
    }

    private Object collection(JsonValue json, Type type, Class<?> raw, Component rules, String path) {
        if (!(json instanceof JsonArray array)) {
            return wrong(path, "must be a list");
        }
        int maxItems = rules == null || rules.maxItems < 0 ? DEFAULT_MAX_ITEMS : rules.maxItems;
        if (array.size() > maxItems) {
            return refuse(path, ViolationCode.TOO_LONG, "holds more than " + maxItems + " items");
        }
        if (rules != null && array.size() < rules.minItems) {
            return refuse(path, ViolationCode.REQUIRED, "needs at least " + rules.minItems + " item"
                    + (rules.minItems == 1 ? "" : "s"));
        }
        Type element = typeArgument(type, 0);
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                refuse(itemPath, ViolationCode.REQUIRED, "must not be null");
                continue;
            }
            Object value = value(item, element, null, itemPath);
            if (value != null) {
                values.add(value);
            }
        }
        return raw == Set.class ? new LinkedHashSet<>(values) : List.copyOf(values);
    }

    private Object map(JsonValue json, Type type, Component rules, String path) {
        if (!(json instanceof JsonObject object)) {
            return wrong(path, "must be an object");
        }
        int maxItems = rules == null || rules.maxItems < 0 ? DEFAULT_MAX_ITEMS : rules.maxItems;
        if (object.size() > maxItems) {
            return refuse(path, ViolationCode.TOO_LONG, "holds more than " + maxItems + " entries");
        }
        Type element = typeArgument(type, 1);
        Map<String, Object> values = new LinkedHashMap<>();
        object.forEach((key, item) -> {
            String itemPath = path + "." + key;
            if (item.getValueType() == JsonValue.ValueType.NULL && rawClass(element) != JsonValue.class) {
                refuse(itemPath, ViolationCode.REQUIRED, "must not be null");
                return;
            }
            Object value = value(item, element, null, itemPath);
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    private Object wrong(String path, String message) {
        return refuse(path, ViolationCode.INVALID_FORMAT, message);
    }

    private <T> T refuse(String path, ViolationCode code, String message) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(path, code, message);
        }
        return null;
    }

    private static Object defaultOf(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("request models may not use " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("request models must give collections an element type: " + type);
    }

    /** A record's components and their rules, computed once per model class. */
    private record Model(List<Component> components, Set<String> names, Constructor<?> constructor) {

        static Model of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] recordComponents = type.getRecordComponents();
            List<Component> components = new ArrayList<>();
            Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
            for (int i = 0; i < recordComponents.length; i++) {
                components.add(Component.of(type, recordComponents[i]));
                parameterTypes[i] = recordComponents[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
                return new Model(components, components.stream().map(Component::name)
                        .collect(Collectors.toUnmodifiableSet()), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One component and the rules its {@link Schema} states. */
    private record Component(String name, Class<?> type, Type genericType, boolean required, int minLength,
                             int maxLength, BigDecimal minimum, BigDecimal maximum, int minItems, int maxItems,
                             Pattern pattern) {

        static Component of(Class<?> owner, RecordComponent component) {
            Schema schema = schema(owner, component);
            if (schema == null) {
                return new Component(component.getName(), component.getType(), component.getGenericType(), false,
                        0, -1, null, null, 0, -1, null);
            }
            return new Component(component.getName(), component.getType(), component.getGenericType(),
                    schema.required(), lowerBound(schema.minLength()), upperBound(schema.maxLength()),
                    schema.minimum().isEmpty() ? null : new BigDecimal(schema.minimum()),
                    schema.maximum().isEmpty() ? null : new BigDecimal(schema.maximum()),
                    lowerBound(schema.minItems()), upperBound(schema.maxItems()),
                    schema.pattern().isEmpty() ? null : Pattern.compile(schema.pattern()));
        }

        /** The annotation's defaults for "not stated" are {@code Integer.MIN_VALUE} or {@code MAX_VALUE}. */
        private static int lowerBound(int stated) {
            return stated == Integer.MAX_VALUE || stated < 0 ? 0 : stated;
        }

        private static int upperBound(int stated) {
            return stated == Integer.MAX_VALUE || stated < 0 ? -1 : stated;
        }

        private static Schema schema(Class<?> owner, RecordComponent component) {
            Schema onAccessor = component.getAccessor().getAnnotation(Schema.class);
            if (onAccessor != null) {
                return onAccessor;
            }
            try {
                Field field = owner.getDeclaredField(component.getName());
                return field.getAnnotation(Schema.class);
            } catch (NoSuchFieldException e) {
                return null;
            }
        }

        String hint() {
            return type.isEnum() ? "; one of " + allowed(type) : "";
        }
    }
}
