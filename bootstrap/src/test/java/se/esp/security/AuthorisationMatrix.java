package se.esp.security;

import java.util.Map;

/**
 * THE TABLE: what every REST endpoint answers to every role, for a record of the caller's own organisation and of
 * another one. {@link AuthorisationMatrixTest} finds the endpoints by reflection over the JAX-RS resources and
 * fails when one has no row here (or a row names no endpoint), so a new endpoint cannot ship without deciding
 * who may call it.
 *
 * <p><b>Adding an endpoint:</b> one line in {@link #MATRIX}; if it needs a body or {@code If-Match}, one entry in
 * {@link #REQUESTS}; if its path has an id of a new area, that area's records in {@link MatrixWorld}.</p>
 *
 * <p>Columns: {@code anonymous} (no token), then per role "own other": the status when the record in the path
 * belongs to the caller's organisation (Malmö stad) and when it belongs to another (Olofströms kommun). For
 * endpoints without a record in the path both are the same request. 404 instead of 403 where even a refusal
 * would tell that the record exists.</p>
 */
final class AuthorisationMatrix {

    private AuthorisationMatrix() {
    }

    static final String MATRIX = """
            endpoint                          | anonymous | ADMIN   | COORDINATOR | SUPPLIER | CONSUMER | RESOURCE
            GET  /demo/tokens                 | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /demo/tokens                 | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /organisations               | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /organisations               | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /organisations/{id}          | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            PUT  /organisations/{id}          | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            PUT  /organisations/{id}/roles    | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /participants                | 401       | 403 403 | 403 403     | 403 403  | 201 201  | 403 403
            GET  /participants/{id}           | 401       | 403 403 | 403 403     | 404 404  | 200 404  | 404 404
            PUT  /participants/{id}           | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            GET  /participants/{id}/export    | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            """;

    /** Bodies and {@code If-Match} for the endpoints that need them (valid, so only authorisation decides). */
    static final Map<String, Request> REQUESTS = Map.of(
            "POST /demo/tokens", new Request("{\"user\": \"esp-admin\"}", null),
            "POST /organisations", new Request("""
                    {"organisationNumber": "556677-8899", "name": "Matrisbolaget AB", "kind": "COMPANY"}""", null),
            "PUT /organisations/{id}", new Request("""
                    {"name": "Omdöpt", "kind": "MUNICIPALITY", "population": 10000}""", "\"1\""),
            "PUT /organisations/{id}/roles", new Request("{\"roles\": [\"CONSUMER\", \"SUPPLIER\"]}", "\"1\""),
            "POST /participants", new Request("""
                    {"name": "Amina Yusuf", "preferredLanguage": "ar", "email": "amina@example.org"}""", null),
            "PUT /participants/{id}", new Request("""
                    {"name": "Amina Y.", "preferredLanguage": "ar", "phone": "+46 70 123 45 67"}""", "\"1\""));

    record Request(String body, String ifMatch) {
    }
}
