package se.esp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * What {@link ApiContract} accepts and refuses, on a small document shaped like the served one: typed operations,
 * an untyped one (a {@code type: string} body and the generated {@code 200 OK}), problem answers by reference.
 */
class ApiContractTest {

    static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: test, version: "1"}
            paths:
              /api/things:
                get:
                  responses:
                    "200":
                      description: A page of things
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/ThingPage"}
                    "401": {$ref: "#/components/responses/Problem"}
              /api/things/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                  responses:
                    "200":
                      description: One thing
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                    "404": {$ref: "#/components/responses/Problem"}
              /api/things/special:
                get:
                  responses:
                    "204": {description: Nothing to say}
              /api/untyped:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: string}
                  responses:
                    "200": {description: OK}
                    "400": {$ref: "#/components/responses/Problem"}
            components:
              responses:
                Problem:
                  description: A problem
                  content:
                    application/problem+json:
                      schema: {$ref: "#/components/schemas/Problem"}
              schemas:
                Thing:
                  type: object
                  additionalProperties: false
                  required: [id, kind, size]
                  properties:
                    id: {type: string, format: uuid}
                    kind: {$ref: "#/components/schemas/Kind"}
                    size: {type: integer, format: int64, nullable: true}
                Kind: {type: string, enum: [BIG, SMALL]}
                ThingPage:
                  type: object
                  required: [items]
                  properties:
                    items: {type: array, items: {$ref: "#/components/schemas/Thing"}}
                Problem:
                  type: object
                  required: [status, code]
                  properties:
                    status: {type: integer}
                    code: {type: string}
            """;

    private static final String THING = """
            {"id": "0b9d2f7e-3c1a-4a55-9f0e-1c2d3e4f5a6b", "kind": "BIG", "size": null}""";

    private final ApiContract contract = ApiContract.of(DOCUMENT);

    @Test
    void acceptsAnAnswerThatConformsWithNullWhereTheDocumentSaysNullable() {
        assertThat(violations("GET", "/api/things/42", 200, "application/json", THING)).isEmpty();
        assertThat(violations("GET", "/api/things?size=3", 200, "application/json; charset=UTF-8",
                "{\"items\": [" + THING + "]}")).isEmpty();
    }

    @Test
    void namesTheOperationTheStatusAndEveryViolationOfABody() {
        assertThat(violations("GET", "/api/things/42", 200, "application/json",
                "{\"id\": \"not-a-uuid\", \"kind\": \"HUGE\", \"colour\": \"red\"}"))
                .hasSize(4)
                .allSatisfy(v -> assertThat(v).startsWith("GET /api/things/{id} answered 200"))
                .anySatisfy(v -> assertThat(v).contains("/id").contains("uuid"))
                .anySatisfy(v -> assertThat(v).contains("/kind").contains("enum"))
                .anySatisfy(v -> assertThat(v).contains("size").contains("required"))
                .anySatisfy(v -> assertThat(v).contains("colour").contains("additionalProperties"));
    }

    @Test
    void refusesAnUndocumentedStatusAnUnknownOperationAndAnUndocumentedContentType() {
        assertThat(violations("GET", "/api/things/42", 409, "application/problem+json", "{}"))
                .singleElement().asString().contains("409").contains("not documented").contains("200, 404");
        assertThat(violations("DELETE", "/api/things/42", 204, null, ""))
                .singleElement().asString().contains("no such operation");
        assertThat(violations("GET", "/api/things/42", 200, "text/plain", "hello"))
                .singleElement().asString().contains("Content-Type text/plain is not documented");
        assertThat(violations("GET", "/api/things/42", 200, "application/json", ""))
                .singleElement().asString().contains("no body");
        assertThat(violations("GET", "/api/things/42", 200, "application/json", "{not json"))
                .singleElement().asString().contains("not JSON");
    }

    @Test
    void checksProblemAnswersAgainstTheirSchemaThroughReferencedResponses() {
        assertThat(violations("GET", "/api/things/42", 404, "application/problem+json",
                "{\"status\": 404, \"code\": \"THING_NOT_FOUND\"}")).isEmpty();
        assertThat(violations("GET", "/api/things/42", 404, "application/problem+json", "{\"status\": 404}"))
                .singleElement().asString().contains("code").contains("required");
    }

    @Test
    void prefersALiteralPathToATemplateAndAcceptsAnAnswerWithoutBodyWhereNoneIsDocumented() {
        assertThat(contract.operation("GET", "/api/things/special").orElseThrow().template())
                .isEqualTo("/api/things/special");
        assertThat(violations("GET", "/api/things/special", 204, null, "")).isEmpty();
    }

    @Test
    void refusesTheAnswersOfAnOperationTheDocumentLeavesUntyped() {
        assertThat(violations("POST", "/api/untyped", 201, "application/json", "{\"anything\": 1}"))
                .singleElement().asString().contains("201").contains("not documented");
        assertThat(violations("POST", "/api/untyped", 200, "application/json", "{\"anything\": 1}"))
                .singleElement().asString().contains("the document describes none");
        assertThat(violations("POST", "/api/untyped", 400, "application/json", "{}"))
                .singleElement().asString().contains("Content-Type application/json is not documented");
        assertThat(violations("POST", "/api/untyped", 409, "application/problem+json", "{}"))
                .singleElement().asString().contains("409").contains("not documented");
    }

    @Test
    void leavesWhatIsNotTheApiAlone() {
        assertThat(violations("GET", "/health/ready", 503, "text/plain", "down")).isEmpty();
    }

    @Test
    void failsTheTestWithTheRequestTheViolationsAndTheBody() {
        assertThatThrownBy(() -> contract.check("GET", URI.create("http://localhost/api/things/42?x=1"), 200,
                "application/json", "{\"id\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The answer to GET /api/things/42?x=1 breaks the API document")
                .hasMessageContaining("GET /api/things/{id} answered 200")
                .hasMessageContaining("body: {\"id\": 1}");
    }

    private java.util.List<String> violations(String method, String path, int status, String type, String body) {
        return contract.violations(method, URI.create("http://localhost" + path), status, type,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
