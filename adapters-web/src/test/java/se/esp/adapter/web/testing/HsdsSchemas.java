package se.esp.adapter.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The official HSDS 3.0 JSON Schemas (test resources {@code hsds/3.0/}, see the README there) and the validation
 * of an answer against them: every error the validator reports, as text, so a test asserts there are none. The
 * schemas name no dialect; HSDS's API is OpenAPI 3.1, so they are read as JSON Schema 2020-12, with formats
 * ({@code uuid}, {@code date-time}, {@code email}, {@code uri}) asserted.
 */
public final class HsdsSchemas {

    private static final String FOLDER = "hsds/3.0/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<String> ENVELOPE = List.of("total_items", "total_pages", "page_number", "size",
            "first_page", "last_page", "empty", "contents");

    private HsdsSchemas() {
    }

    /** Errors of a single service ({@code GET /services/{id}}). */
    public static List<String> serviceErrors(String json) {
        return errors("service.json", json);
    }

    /** Errors of a single organization ({@code GET /organizations/{id}}). */
    public static List<String> organizationErrors(String json) {
        return errors("organization.json", json);
    }

    /** Errors of a page of services: the envelope (HSDS's {@code Page}) and each item as a {@code service_list}. */
    public static List<String> servicePageErrors(String json) {
        return pageErrors(json, "service_list.json");
    }

    /** Errors of a page of organizations: the envelope and each item as an {@code organization_list}. */
    public static List<String> organizationPageErrors(String json) {
        return pageErrors(json, "organization_list.json");
    }

    private static List<String> pageErrors(String json, String itemSchema) {
        List<String> errors = new ArrayList<>(errors(pageSchema(), json, "page"));
        JsonObject page = Json.createReader(new StringReader(json)).readObject();
        for (String field : ENVELOPE) {
            if (!page.containsKey(field)) {
                errors.add("page: no " + field);
            }
        }
        if (page.get("contents") instanceof jakarta.json.JsonArray contents) {
            for (int i = 0; i < contents.size(); i++) {
                JsonValue item = contents.get(i);
                errors.addAll(errors(schema(itemSchema), item.toString(), "contents[" + i + "]"));
            }
        }
        return errors;
    }

    /** HSDS's {@code Page}, taken from its OpenAPI document's components, as its API's answers refer to it. */
    private static Schema pageSchema() {
        return SCHEMAS.computeIfAbsent("Page", name -> {
            try (InputStream in = resource("openapi.json")) {
                JsonObject openApi = Json.createReader(in).readObject();
                return REGISTRY.getSchema(openApi.getJsonObject("components").getJsonObject("schemas")
                        .getJsonObject("Page").toString(), InputFormat.JSON);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> errors(String file, String json) {
        return errors(schema(file), json, file);
    }

    private static List<String> errors(Schema schema, String json, String what) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).map(e -> what + ": " + e)
                .toList();
    }

    private static Schema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, name -> {
            try (InputStream in = resource(name)) {
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static InputStream resource(String file) {
        InputStream in = HsdsSchemas.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("no test resource " + FOLDER + file);
        }
        return in;
    }
}
