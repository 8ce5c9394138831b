package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document the running server serves at {@code /openapi}: valid for a real OpenAPI parser, the same
 * document the generated client ({@code api-client}) was made from, true to the answers the server gives, and
 * typed throughout.
 *
 * <p>Two rules keep every area typed — {@link #everyJsonRequestBodyIsAnObject()} and
 * {@link #everyOperationDocumentsATypedSuccess()}: an operation described as {@code type: string} or by the
 * generated {@code 200 OK} breaks them. Each lists every operation that breaks it, all at once.
 *
 * <p>Run with {@code -Desp.openapi.update=true} to write the served document to the client's copy (see
 * {@code api-client/README.md}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiDocumentIT {

    private static final Path COPY = Path.of(System.getProperty("esp.openapi.copy",
            "../api-client/src/main/openapi/esp.yaml")).toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("esp.openapi.update");
    private static final String REFRESH = "mvn -o -B -pl bootstrap -am verify -Dtest=NoSuchTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiDocumentIT -Desp.openapi.update=true";
    private static final String COPY_HEADER = """
            # A copy of the OpenAPI document the server serves at /openapi, without its 'servers' (they name the
            # port of the server that served it). The client of this module is generated from it; OpenApiDocumentIT
            # fails when it differs from the served document. Do not edit: refresh it as api-client/README.md says.
            """;

    private final Http http = new Http();
    private LibertyServer server;
    private String servedYaml;
    private OpenAPI document;
    private ApiContract contract;

    @BeforeAll
    void start() throws IOException {
        server = new LibertyServer(Map.of("ESP_DATA_DIR", LibertyServer.workDir("openapi-data").toString()));
        server.start();
        HttpResponse<String> yaml = http.get(server.uri("/openapi"));
        assertThat(yaml.statusCode()).isEqualTo(200);
        servedYaml = yaml.body();
        contract = ApiContract.of(server);
        document = contract.document();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void servesADocumentARealOpenApiParserReadsWithoutAMessageAsYamlAndAsJson() {
        SwaggerParseResult yaml = ApiContract.parse(servedYaml);
        assertThat(yaml.getMessages()).as("swagger-parser's messages on the YAML document").isEmpty();
        assertThat(yaml.getOpenAPI().getOpenapi()).startsWith("3.0.");
        String json = http.get(server.uri("/openapi?format=JSON")).body();
        SwaggerParseResult parsedJson = ApiContract.parse(json);
        assertThat(parsedJson.getMessages()).as("swagger-parser's messages on the JSON document").isEmpty();
        assertThat(tree(json)).as("the JSON and the YAML document say the same").isEqualTo(tree(servedYaml));
        assertThat(document.getPaths().keySet()).as("the document describes the API, under /api")
                .isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    @Order(2)
    void theGeneratedClientIsMadeFromACopyEqualToTheServedDocument() throws IOException {
        if (UPDATE) {
            Files.writeString(COPY, COPY_HEADER + copyOf(servedYaml));
            System.out.println("OpenApiDocumentIT: wrote the served document to " + COPY
                    + "; review it and commit it with the change that altered the document");
        }
        assertThat(COPY).as("the client's copy of the document; create it with\n  " + REFRESH).exists();
        String copy = Files.readString(COPY);
        assertThat(ApiContract.parse(copy).getMessages()).as("swagger-parser's messages on " + COPY).isEmpty();

        List<String> differences = differences(withoutServers(tree(servedYaml)), withoutServers(tree(copy)));

        assertThat(differences).as("""
                The generated client's copy of the OpenAPI document (%s) is not the document the server serves: \
                the client would be generated from an API that does not exist. Refresh the copy with
                  %s
                then review the change, commit it with the change to the API, and build again so the client is \
                generated from it. It differs at""".formatted(COPY, REFRESH)).isEmpty();
    }

    @Test
    @Order(3)
    void everyDocumentedErrorAnswerIsProblemJson() {
        List<String> offenders = new ArrayList<>();
        forEachOperation((name, operation) -> operation.getResponses().forEach((status, documented) -> {
            ApiResponse response = contract.resolve(documented);
            if (isError(status) && (response.getContent() == null
                    || !response.getContent().keySet().equals(Set.of("application/problem+json")))) {
                offenders.add(name + " " + status + ": " + (response.getContent() == null ? "no content"
                        : response.getContent().keySet()));
            }
        }));
        assertThat(offenders).as("error answers that are not (only) application/problem+json").isEmpty();
    }

    /**
     * The contract's own proof on the running server: answers of the organisations (successes and refusals) and of
     * a few other areas go through {@link Http#checkedAgainst(ApiContract)} and every one conforms.
     */
    @Test
    @Order(4)
    void theAnswersOfTheRunningServerConformToTheDocument() {
        Http checked = http.checkedAgainst(contract);
        Http admin = checked.as(Http.demoToken(server, "esp-admin"));

        assertThat(admin.get(server.uri("/api/organisations?kind=MUNICIPALITY&size=100")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> created = admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "556677-8899", "name": "Kontraktsbolaget AB", "kind": "COMPANY",
                 "roles": ["SUPPLIER"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        URI organisation = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(admin.get(organisation).statusCode()).isEqualTo(200);
        assertThat(admin.putJson(organisation, """
                {"name": "Kontraktsbolaget i Sverige AB", "kind": "COMPANY"}""", "\"1\"").statusCode())
                .isEqualTo(200);

        assertThat(admin.postJson(server.uri("/api/organisations"), """
                {"organisationNumber": "556677-8890", "name": "Felbolaget AB", "kind": "COMPANY"}""").statusCode())
                .as("a bad check digit").isEqualTo(400);
        assertThat(admin.get(server.uri("/api/organisations?size=0")).statusCode()).as("a page too small")
                .isEqualTo(400);
        assertThat(admin.get(server.uri("/api/organisations/" + UUID.randomUUID())).statusCode()).isEqualTo(404);
        assertThat(admin.putJson(organisation, """
                {"name": "Gammal AB", "kind": "COMPANY"}""", "\"1\"").statusCode()).as("stale").isEqualTo(412);
        assertThat(checked.get(server.uri("/api/organisations")).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(http.as(Http.demoToken(server, "olofstrom-consumer")).checkedAgainst(contract)
                .postJson(server.uri("/api/organisations"), """
                        {"organisationNumber": "559999-0016", "name": "Obehörig AB", "kind": "COMPANY"}""")
                .statusCode()).as("a case officer registering").isEqualTo(403);
        assertThat(admin.get(server.uri("/api/catalogue?size=5&language=ar")).statusCode()).isEqualTo(200);
        assertThat(admin.get(server.uri("/api/review-checklist")).statusCode()).isEqualTo(200);
        assertThat(admin.get(server.uri("/api/settlement/periods")).statusCode()).isEqualTo(200);
        assertThat(admin.get(server.uri("/api/fee-schedule")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void everyJsonRequestBodyIsAnObject() {
        List<String> offenders = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            operation.getRequestBody().getContent().forEach((type, media) -> {
                if (ApiContract.isJson(type) && !isOfType(media, "object")) {
                    offenders.add(name + " " + type + ": " + describe(media.getSchema()));
                }
            });
        });
        assertThat(offenders).as("request bodies not described as an object (%d)", offenders.size()).isEmpty();
    }

    @Test
    @Order(6)
    void everyOperationDocumentsATypedSuccess() {
        List<String> offenders = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (!ApiContract.typed(operation)) {
                offenders.add(name + ": not typed (" + (operation.getRequestBody() == null ? ""
                        : "request " + operation.getRequestBody().getContent().keySet() + ", ")
                        + "successes " + successes(operation) + ")");
                return;
            }
            operation.getResponses().forEach((status, documented) -> {
                ApiResponse response = contract.resolve(documented);
                if (status.startsWith("2") && response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (ApiContract.isJson(type) && !isOfType(media, "object") && !isOfType(media, "array")) {
                            offenders.add(name + " " + status + " " + type + ": " + describe(media.getSchema()));
                        }
                    });
                }
            });
        });
        assertThat(offenders).as("operations whose success is not typed (%d)", offenders.size()).isEmpty();
    }

    private void forEachOperation(BiConsumer<String, Operation> check) {
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                check.accept(method + " " + path, operation)));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static List<String> successes(Operation operation) {
        List<String> successes = new ArrayList<>();
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                successes.add(status + " " + (response.getContent() == null ? "without content"
                        : response.getContent().keySet().toString()));
            }
        });
        return successes;
    }

    /** Whether the media type's schema, directly or through its reference to a component, is of this type. */
    private boolean isOfType(MediaType media, String type) {
        Schema<?> schema = resolve(media.getSchema());
        return schema != null && type.equals(schema.getType());
    }

    private Schema<?> resolve(Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        return document.getComponents() == null || document.getComponents().getSchemas() == null ? null
                : resolve(document.getComponents().getSchemas().get(name));
    }

    private static String describe(Schema<?> schema) {
        if (schema == null) {
            return "no schema";
        }
        return schema.get$ref() != null ? schema.get$ref() : "type: " + schema.getType();
    }

    /** The served YAML without {@code servers}, in Jackson's YAML: stable, so a refresh changes only what changed. */
    private static String copyOf(String served) throws IOException {
        YAMLMapper yaml = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        return yaml.writeValueAsString(withoutServers(tree(served)));
    }

    private static JsonNode tree(String document) {
        try {
            return new YAMLMapper().readTree(document);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the document", e);
        }
    }

    private static JsonNode withoutServers(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        return copy;
    }

    /** Where two documents differ, as JSON Pointers with both values, the first 30. */
    private static List<String> differences(JsonNode served, JsonNode copy) {
        List<String> found = new ArrayList<>();
        collect("", served, copy, found);
        return found.size() > 30 ? List.copyOf(found.subList(0, 30)) : found;
    }

    private static void collect(String pointer, JsonNode served, JsonNode copy, List<String> found) {
        if (served.equals(copy)) {
            return;
        }
        if (served.isObject() && copy.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            served.fieldNames().forEachRemaining(names::add);
            copy.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!copy.has(name)) {
                    found.add(child + ": served, missing in the copy");
                } else if (!served.has(name)) {
                    found.add(child + ": in the copy, not served");
                } else {
                    collect(child, served.get(name), copy.get(name), found);
                }
            }
            return;
        }
        if (served.isArray() && copy.isArray() && served.size() == copy.size()) {
            Iterator<JsonNode> left = served.elements();
            Iterator<JsonNode> right = copy.elements();
            for (int i = 0; left.hasNext(); i++) {
                collect(pointer + "/" + i, left.next(), right.next(), found);
            }
            return;
        }
        found.add(pointer + ": served " + abbreviate(served) + ", copy " + abbreviate(copy));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
