package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * What the OpenAPI document promises about the answers of {@code /api}, checked against answers actually received:
 * the operation exists for the method and path (matched to its path template), the status is documented (exactly,
 * as a range like {@code 4XX}, or as {@code default}), the content type is one the document lists, and a JSON body
 * validates against the documented schema. Schemas are validated by the networknt validator in its OpenAPI 3.0
 * dialect, so {@code nullable: true} means what the document means, and every {@code $ref} resolves inside the
 * document ({@code #/components/schemas/…}).
 *
 * <p>One contract is loaded per served document ({@link #servedBy(URI)}), so the end-to-end tests pay for the
 * parsing once per server. {@link Http#checkedAgainst(ApiContract)} and {@link ContractCheckedHttpClient} apply
 * it to every answer a test receives.
 *
 * <p>Nothing is skipped. An operation the document leaves untyped — its success only the {@code 200 OK} without
 * content that MicroProfile OpenAPI writes for an operation nobody described — fails on its first answer with a
 * body; {@link #typed(Operation)} is the test {@code OpenApiDocumentIT} holds every operation to.
 */
final class ApiContract {

    /** Where the document is said to live, for resolving references; never fetched. */
    private static final String DOCUMENT_IRI = "https://esp.invalid/openapi.json";
    private static final Map<URI, ApiContract> SERVED = new ConcurrentHashMap<>();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]+}");

    private final OpenAPI document;
    private final SchemaRegistry schemas;
    private final List<Template> templates;
    private final Map<String, Schema> schemaCache = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int parameters, PathItem item) {
    }

    /** An operation found for a request: its path template, its method and what the document says of it. */
    record Match(String template, PathItem.HttpMethod method, Operation operation) {

        String name() {
            String id = operation.getOperationId() == null ? "" : " (" + operation.getOperationId() + ")";
            return method + " " + template + id;
        }
    }

    private ApiContract(String document) {
        SwaggerParseResult parsed = parse(document);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new IllegalArgumentException("not a valid OpenAPI document: " + parsed.getMessages());
        }
        this.document = parsed.getOpenAPI();
        String json = asJson(document);
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(), builder -> builder
                .schemas(Map.of(DOCUMENT_IRI, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<Template> found = new ArrayList<>();
        this.document.getPaths().forEach((path, item) -> found.add(template(path, item)));
        // A literal segment wins over a parameter: /api/demo/tokens before /api/{anything}/tokens.
        found.sort(Comparator.comparingInt(Template::parameters));
        this.templates = List.copyOf(found);
    }

    /** The contract of a document given as YAML or JSON text. */
    static ApiContract of(String document) {
        return new ApiContract(document);
    }

    /** The contract of the document served by this server, loaded once. */
    static ApiContract of(EspServer server) {
        return servedBy(server.uri("/"));
    }

    /** The contract of the document served at this address's {@code /openapi}, loaded once per server. */
    static ApiContract servedBy(URI anyAddressOfTheServer) {
        URI server = URI.create(anyAddressOfTheServer.getScheme() + "://" + anyAddressOfTheServer.getRawAuthority());
        return SERVED.computeIfAbsent(server, s -> of(fetch(s.resolve("/openapi?format=JSON"))));
    }

    /** Reads a document with swagger-parser as it is, references left unresolved, as a client generator would. */
    static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    OpenAPI document() {
        return document;
    }

    /**
     * Fails with every violation when the answer does not conform. Only {@code /api/…} is the API's; any other
     * path (health, metrics, the document itself, a test probe) passes unchecked.
     */
    void check(String method, URI request, int status, String contentType, byte[] body) {
        List<String> violations = violations(method, request, status, contentType, body);
        if (!violations.isEmpty()) {
            String text = new String(body, StandardCharsets.UTF_8);
            throw new AssertionError("The answer to " + method + " " + request.getRawPath()
                    + Optional.ofNullable(request.getRawQuery()).map(q -> "?" + q).orElse("") + " breaks the API "
                    + "document:\n  - " + String.join("\n  - ", violations) + "\n  status " + status
                    + ", Content-Type " + contentType + ", body: "
                    + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
        }
    }

    /** Every way the answer breaks the document, each naming the operation and the status; empty when it conforms. */
    List<String> violations(String method, URI request, int status, String contentType, byte[] body) {
        String path = request.getRawPath();
        if (path == null || !path.startsWith("/api/")) {
            return List.of();
        }
        Optional<Match> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of(method + " " + path + ": no such operation in the document (status " + status + ")");
        }
        Match match = found.get();
        String operation = match.name() + " answered " + status;
        ApiResponses responses = match.operation().getResponses();
        Optional<String> statusKey = documentedStatus(responses, status);
        if (statusKey.isEmpty()) {
            return List.of(operation + ": the status is not documented (documented: "
                    + (responses == null ? "nothing" : String.join(", ", responses.keySet())) + ")");
        }
        String responsePointer = "/paths/" + escape(match.template()) + "/"
                + match.method().name().toLowerCase(Locale.ROOT) + "/responses/" + escape(statusKey.get());
        ApiResponse documented = responses.get(statusKey.get());
        while (documented.get$ref() != null) { // a response defined once under components/responses
            responsePointer = documented.get$ref().substring(1);
            documented = resolve(documented);
        }
        Content content = documented.getContent();
        boolean promisesBody = content != null && !content.isEmpty();
        if (body.length == 0) {
            return promisesBody && status != 204 && !"HEAD".equals(method)
                    ? List.of(operation + ": no body, but the document promises " + content.keySet())
                    : List.of();
        }
        if (!promisesBody) {
            return List.of(operation + ": a body of " + contentType + ", but the document describes none");
        }
        if (contentType == null || contentType.isBlank()) {
            return List.of(operation + ": a body without Content-Type; the document promises " + content.keySet());
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Optional<String> mediaKey = documentedMediaType(content, mediaType);
        if (mediaKey.isEmpty()) {
            return List.of(operation + ": Content-Type " + mediaType + " is not documented (documented: "
                    + content.keySet() + ")");
        }
        MediaType media = content.get(mediaKey.get());
        if (!isJson(mediaType) || media.getSchema() == null) {
            return List.of();
        }
        String pointer = responsePointer + "/content/" + escape(mediaKey.get()) + "/schema";
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema(pointer).validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(operation + ": the body is not JSON (" + e.getMessage() + ")");
        }
        return errors.stream().map(e -> operation + " " + mediaType + ": at '" + e.getInstanceLocation() + "' "
                + e.getMessage() + " [" + e.getKeyword() + " of " + e.getSchemaLocation() + "]").toList();
    }

    /** The operation of the document for this method and raw request path, if any. */
    Optional<Match> operation(String method, String rawPath) {
        PathItem.HttpMethod httpMethod;
        try {
            httpMethod = PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Template template : templates) {
            if (template.pattern().matcher(rawPath).matches()) {
                Operation operation = template.item().readOperationsMap().get(httpMethod);
                if (operation != null) {
                    return Optional.of(new Match(template.path(), httpMethod, operation));
                }
            }
        }
        return Optional.empty();
    }

    /** The response itself, or the one under {@code #/components/responses/…} that it refers to. */
    ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        ApiResponse referenced = document.getComponents() == null || document.getComponents().getResponses() == null
                ? null : document.getComponents().getResponses().get(name);
        if (referenced == null) {
            throw new IllegalStateException("the document refers to a response it does not define: "
                    + response.get$ref());
        }
        return referenced;
    }

    /**
     * Whether the operation is described by typed schemas: not a request body of {@code type: string} (what
     * MicroProfile OpenAPI writes for a {@code String} parameter nobody described) and not only the generated
     * {@code 200 OK} without content as its success.
     */
    static boolean typed(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().values().stream().anyMatch(ApiContract::isPlainString)) {
            return false;
        }
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return false;
        }
        List<String> successes = responses.keySet().stream().filter(s -> s.startsWith("2")).toList();
        if (successes.equals(List.of("200"))) {
            ApiResponse only = responses.get("200");
            return !("OK".equals(only.getDescription()) && (only.getContent() == null || only.getContent().isEmpty()));
        }
        return !successes.isEmpty();
    }

    private static boolean isPlainString(MediaType media) {
        io.swagger.v3.oas.models.media.Schema<?> schema = media.getSchema();
        return schema != null && schema.get$ref() == null && "string".equals(schema.getType())
                && schema.getFormat() == null && schema.getEnum() == null;
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static Optional<String> documentedStatus(ApiResponses responses, int status) {
        if (responses == null) {
            return Optional.empty();
        }
        String exact = Integer.toString(status);
        String range = (status / 100) + "XX";
        for (String candidate : List.of(exact, range, range.toLowerCase(Locale.ROOT), "default")) {
            if (responses.containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> documentedMediaType(Content content, String mediaType) {
        if (content.containsKey(mediaType)) {
            return Optional.of(mediaType);
        }
        String wildcard = mediaType.split("/", 2)[0] + "/*";
        if (content.containsKey(wildcard)) {
            return Optional.of(wildcard);
        }
        return content.containsKey("*/*") ? Optional.of("*/*") : Optional.empty();
    }

    private Schema schema(String pointer) {
        return schemaCache.computeIfAbsent(pointer,
                p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + encodeFragment(p))));
    }

    private static Template template(String path, PathItem item) {
        StringBuilder regex = new StringBuilder();
        var matcher = TEMPLATE_PARAMETER.matcher(path);
        int last = 0;
        int parameters = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(path.substring(last, matcher.start()))).append("[^/]+");
            last = matcher.end();
            parameters++;
        }
        regex.append(Pattern.quote(path.substring(last)));
        return new Template(path, Pattern.compile(regex.toString()), parameters, item);
    }

    /** A JSON Pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON Pointer as a URI fragment: everything but unreserved characters, '/' and '~' percent-encoded. */
    private static String encodeFragment(String pointer) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** The document as JSON text, whichever of YAML or JSON it was written in. */
    static String asJson(String document) {
        try {
            return new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(document));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the document", e);
        }
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + uri + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("no OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
