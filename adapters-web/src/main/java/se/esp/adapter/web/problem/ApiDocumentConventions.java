package se.esp.adapter.web.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import se.esp.adapter.web.json.Parameters;
import se.esp.application.paging.PageRequest;
import se.esp.domain.application.IdempotencyKey;
import se.esp.domain.packaging.Eligibility;
import se.esp.domain.shared.GroupSize;
import se.esp.domain.shared.ViolationCode;

/**
 * What holds for every operation of the API, written into the OpenAPI document once instead of on every method
 * (registered as {@code mp.openapi.filter}): the {@code application/problem+json} answers each operation can give,
 * with the shape {@link Problem} writes; the strict {@code If-Match} header (required where it is read, 412 when
 * stale, 428 when missing); {@code ETag} on the answers of resources that are changed with {@code If-Match};
 * {@code Location} on {@code 201}; the {@code Idempotency-Key} header's bounds.
 */
public class ApiDocumentConventions implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String IF_MATCH_PATTERN = "^(W/)?\"(0|[1-9][0-9]{0,18})\"$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema("ProblemViolation", violationSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((address, path) -> {
            boolean versioned = path.getOperations().values().stream().anyMatch(ApiDocumentConventions::readsIfMatch);
            // HSDS numbers its pages from 1, as its own API does
            boolean hsds = address.contains("/hsds/");
            path.getOperations().forEach((method, operation) -> conventions(method, operation, versioned, hsds));
        });
    }

    private static void conventions(PathItem.HttpMethod method, Operation operation, boolean versioned,
                                    boolean hsds) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && versioned && method != PathItem.HttpMethod.DELETE) {
                    response.addHeader("ETag", header("The version of what is returned; send it back in If-Match "
                            + "to change it", typed(Schema.SchemaType.STRING)
                            .example("\"3\"")));
                }
                if (status.equals("201")) {
                    response.addHeader("Location", header("The address of what was created",
                            typed(Schema.SchemaType.STRING).format("uri")));
                }
            });
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            problem(responses, "400", "The request is not valid: every refused field is named in `errors`, all at "
                    + "once (codes: " + List.of(ViolationCode.values()) + ")");
        }
        if (!isPublic(operation)) {
            problem(responses, "401", "No valid bearer token (see `WWW-Authenticate`)");
            problem(responses, "403", "Your role may never do this");
        }
        problem(responses, "404", "No such record, or one you may not see (also: a demo endpoint on a server "
                + "without demo identities)");
        if (readsIfMatch(operation)) {
            for (Parameter parameter : operation.getParameters()) {
                if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                    parameter.required(true).description("The ETag of the version you read, e.g. \"3\"")
                            .schema(typed(Schema.SchemaType.STRING)
                                    .pattern(IF_MATCH_PATTERN).example("\"3\""));
                }
            }
            problem(responses, "428", "If-Match is missing: send the version you read");
        }
        if (method != PathItem.HttpMethod.GET) {
            // also without If-Match: a change made at the same moment by another request (e.g. a month settled on two
            // servers at once) is refused as stale rather than applied twice
            problem(responses, "412", "The record changed since you read it, or while this request ran: read it again");
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY)
                    .forEach(parameter -> queryParameter(parameter, hsds));
            for (Parameter parameter : operation.getParameters()) {
                if ("Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                    parameter.description("Your key for this request (printable ASCII, at most " + IdempotencyKey.MAX_LENGTH + " characters): "
                            + "a retry with the same key and body creates nothing twice")
                            .schema(typed(Schema.SchemaType.STRING).maxLength(IdempotencyKey.MAX_LENGTH)
                                    .example("b1c5e2f0-7d1a-4e55-9a7b-2f1c9e0d3a11"));
                }
            }
        }
        problem(responses, "409", "The request conflicts with the record's state, e.g. a month not yet closed or "
                + "a step out of order (see `code`)");
        if (hasBody) {
            problem(responses, "413", "The body is larger than 256 KiB");
            problem(responses, "415", "The body must be application/json");
        }
        problem(responses, "500", "Something went wrong on our side; `detail` gives a reference for the log");
        problem(responses, "503", "The database cannot be reached; try again after `Retry-After` seconds");
    }

    /**
     * The query parameters every resource reads through {@code json/Parameters}, typed as Parameters reads them:
     * the resources take them as text so that a wrong one is refused with a problem naming it, not by the server.
     */
    private static void queryParameter(Parameter parameter, boolean hsds) {
        Schema schema = switch (parameter.getName()) {
            case "page" -> hsds ? whole(1, Parameters.MAX_PAGE + 1).description("The page number, from 1")
                    : whole(0, Parameters.MAX_PAGE).description("The page number, from 0");
            case "per_page" -> whole(1, PageRequest.MAX_SIZE).description("Items per page");
            case "startWithinDays" -> whole(0, se.esp.application.port.in.offering.SearchCatalogueQuery
                    .MAX_START_WITHIN_DAYS).description("Only offerings a participant can start within so many days");
            case "size" -> whole(1, PageRequest.MAX_SIZE).description("Items per page");
            case "groupSize" -> whole(1, GroupSize.MAXIMUM);
            case "age" -> whole(0, Eligibility.OLDEST);
            case "limit" -> whole(1, se.esp.adapter.web.settlement.SettlementResource.MAX_LIMIT);
            case "from", "to" -> typed(Schema.SchemaType.STRING)
                    .pattern("^[0-9]{4}-[0-9]{2}$").example("2026-03")
                    .description("A month, " + Parameters.FIRST_YEAR + "-01 to " + Parameters.LAST_YEAR + "-12");
            case "price", "minPrice", "maxPrice" -> typed(Schema.SchemaType.STRING)
                    .format("decimal").pattern("^[0-9]{1,9}([.,][0-9]{1,2})?$").example("1200.00")
                    .description("Kronor, 0 to " + Parameters.MAX_KRONOR);
            default -> null;
        };
        if (schema != null && (parameter.getSchema() == null || parameter.getSchema().getRef() == null)) {
            parameter.setSchema(schema);
        }
    }

    private static Schema whole(int minimum, int maximum) {
        return typed(Schema.SchemaType.INTEGER).format("int32")
                .minimum(java.math.BigDecimal.valueOf(minimum)).maximum(java.math.BigDecimal.valueOf(maximum));
    }

    private static boolean readsIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    /** An operation that declares no security requirement, or an empty one, needs no token. */
    private static boolean isPublic(Operation operation) {
        return operation.getSecurity() != null && (operation.getSecurity().isEmpty()
                || operation.getSecurity().stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty()));
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM));
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        responses.addAPIResponse(status, response);
    }

    /**
     * A schema of one type, on MicroProfile OpenAPI 3.1 ({@code type(SchemaType)}, Open Liberty's mpOpenAPI-3.1) and
     * 4.0 ({@code addType(SchemaType)}, WildFly 37), whose models differ there: the WAR is compiled against 3.1.
     */
    static Schema typed(Schema.SchemaType type) {
        Schema schema = OASFactory.createSchema();
        for (String setter : new String[] {"type", "addType"}) {
            try {
                return (Schema) Schema.class.getMethod(setter, Schema.SchemaType.class).invoke(schema, type);
            } catch (NoSuchMethodException e) {
                // the other version of the API
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot set a schema's type to " + type, e);
            }
        }
        throw new IllegalStateException("this MicroProfile OpenAPI has neither Schema.type nor Schema.addType");
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema text(String description) {
        return typed(Schema.SchemaType.STRING).description(description);
    }

    private static Schema problemSchema() {
        return typed(Schema.SchemaType.OBJECT)
                .description("A refusal or failure (RFC 9457). Switch on `code`, which is stable.")
                .required(List.of("type", "title", "status", "code"))
                .properties(Map.of(
                        "type", text("A URN made from the code, e.g. urn:esp:problem:validation-failed")
                                .format("uri"),
                        "title", text("What kind of problem this is, in words"),
                        "status", typed(Schema.SchemaType.INTEGER).format("int32")
                                .description("The HTTP status"),
                        "code", text("The stable code, e.g. VALIDATION_FAILED, PACKAGING_NOT_FOUND, "
                                + "VERSION_CONFLICT, MALFORMED_JSON"),
                        "detail", text("What happened in this case"),
                        "instance", text("The path of the request"),
                        "errors", typed(Schema.SchemaType.ARRAY)
                                .description("The refused fields, when the input was refused")
                                .items(OASFactory.createSchema().ref("#/components/schemas/ProblemViolation"))))
                .additionalPropertiesBoolean(Boolean.FALSE);
    }

    private static Schema violationSchema() {
        Schema code = typed(Schema.SchemaType.STRING).description("Why it was refused");
        for (ViolationCode value : ViolationCode.values()) {
            code.addEnumeration(value.name());
        }
        return typed(Schema.SchemaType.OBJECT)
                .required(List.of("field", "code", "message"))
                .properties(Map.of(
                        "field", text("The refused field's path from the body's root (slots[1].end), or the "
                                + "parameter's or header's name"),
                        "code", code,
                        "message", text("Why, in words")))
                .additionalPropertiesBoolean(Boolean.FALSE);
    }
}
