package se.esp.adapter.common.json;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a response model (a record, or a list or map of them) as JSON: each component under its name, in
 * declaration order, {@code null} written as {@code null} (a documented field is always there). Enums are written by
 * name; ids, dates and times by {@code toString()} (ISO 8601); whole numbers and {@code BigDecimal}s as JSON numbers;
 * amounts of money are {@code String} components in the models, so they never become a binary floating point
 * anywhere. Since the same records are what the OpenAPI document describes, the document cannot drift from what is
 * written.
 */
public final class JsonWriter {

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String[]> NAMES = new ConcurrentHashMap<>();

    private JsonWriter() {
    }

    public static String write(Object model) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonProviders.provider().createGenerator(out)) {
            value(generator, null, model);
        }
        return out.toString();
    }

    private static void value(JsonGenerator out, String name, Object value) {
        if (value == null) {
            if (name == null) {
                out.writeNull();
            } else {
                out.writeNull(name);
            }
        } else if (value instanceof JsonValue json) {
            if (name == null) {
                out.write(json);
            } else {
                out.write(name, json);
            }
        } else if (value instanceof String || value instanceof Enum<?> || value instanceof UUID
                || value instanceof TemporalAccessor || value instanceof java.time.Duration) {
            String text = value instanceof Enum<?> e ? e.name() : value.toString();
            if (name == null) {
                out.write(text);
            } else {
                out.write(name, text);
            }
        } else if (value instanceof Boolean b) {
            if (name == null) {
                out.write(b);
            } else {
                out.write(name, b);
            }
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long number = ((Number) value).longValue();
            if (name == null) {
                out.write(number);
            } else {
                out.write(name, number);
            }
        } else if (value instanceof BigDecimal || value instanceof BigInteger) {
            BigDecimal number = value instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) value;
            if (name == null) {
                out.write(number);
            } else {
                out.write(name, number);
            }
        } else if (value instanceof Record record) {
            if (name == null) {
                out.writeStartObject();
            } else {
                out.writeStartObject(name);
            }
            Method[] accessors = ACCESSORS.computeIfAbsent(record.getClass(), JsonWriter::accessors);
            String[] names = NAMES.get(record.getClass());
            for (int i = 0; i < accessors.length; i++) {
                value(out, names[i], read(accessors[i], record));
            }
            out.writeEnd();
        } else if (value instanceof Collection<?> items) {
            if (name == null) {
                out.writeStartArray();
            } else {
                out.writeStartArray(name);
            }
            items.forEach(item -> value(out, null, item));
            out.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            if (name == null) {
                out.writeStartObject();
            } else {
                out.writeStartObject(name);
            }
            map.forEach((key, item) -> value(out, String.valueOf(key), item));
            out.writeEnd();
        } else {
            throw new IllegalArgumentException("response models may not hold a " + value.getClass().getName());
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            names[i] = components[i].getName();
        }
        NAMES.put(type, names);
        return accessors;
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

}
