package se.esp.adapter.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules every API model (a record with a type-level {@link Schema}) must follow so that the OpenAPI document
 * generated from it is complete and honest. Records named {@code …Request} are request models; the others are
 * response models.
 *
 * <ul>
 *   <li>every component carries a {@link Schema} (the server's scanner leaves unannotated record components out of
 *       the document);</li>
 *   <li>a model refuses properties it does not name ({@code additionalProperties = Schema.False.class});</li>
 *   <li>every component of a response model is {@code required}: the writer always writes it, {@code null} where
 *       there is no value, which the component then declares {@code nullable}.</li>
 * </ul>
 */
public final class ApiModelRules {

    private ApiModelRules() {
    }

    /** The broken rules of every model class in the code source (directory or jar) holding {@code anchor}. */
    public static List<String> brokenRules(Class<?> anchor) {
        List<String> broken = new ArrayList<>();
        List<Class<?>> models = models(anchor);
        if (models.isEmpty()) {
            broken.add("no API model found beside " + anchor.getName());
        }
        for (Class<?> model : models) {
            Schema type = model.getAnnotation(Schema.class);
            if (type.additionalProperties() != Schema.False.class) {
                broken.add(model.getName() + ": needs additionalProperties = Schema.False.class");
            }
            boolean request = model.getSimpleName().endsWith("Request");
            for (RecordComponent component : model.getRecordComponents()) {
                Schema schema = schema(model, component);
                String name = model.getName() + "." + component.getName();
                if (schema == null) {
                    broken.add(name + ": has no @Schema");
                } else if (!request && !schema.required()) {
                    broken.add(name + ": a response model's component is always written, so required = true");
                }
            }
        }
        return broken;
    }

    /** Every record with a type-level {@link Schema} in the code source holding {@code anchor}. */
    public static List<Class<?>> models(Class<?> anchor) {
        try {
            Path source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                return models(source, anchor.getClassLoader());
            }
            try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                return models(jar.getPath("/"), anchor.getClassLoader());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> models(Path root, ClassLoader loader) throws IOException {
        List<Class<?>> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isRecord() && type.isAnnotationPresent(Schema.class)) {
                        models.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not loadable here: not a model of this source
                }
            }
        }
        return models;
    }

    private static Schema schema(Class<?> owner, RecordComponent component) {
        Schema onAccessor = component.getAccessor().getAnnotation(Schema.class);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return owner.getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
