package se.esp.security;

import java.util.Map;

/**
 * THE TABLE: what every REST endpoint answers to every role, for a record of the caller's own organisation and of
 * another one. {@link AuthorisationMatrixTest} finds the endpoints by reflection over the JAX-RS resources and
 * fails when one has no row here (or a row names no endpoint), so a new endpoint cannot ship without deciding
 * who may call it.
 *
 * <p><b>Adding an endpoint:</b> one line in {@link #MATRIX}; if it needs a body, a query or {@code If-Match}, one
 * entry in {@link #REQUESTS}; if its path names a record of a new area, that area's service and records in
 * {@link MatrixWorld}.</p>
 *
 * <p>Columns: {@code anonymous} (no token), then per role "own other": the status when the record in the path
 * belongs to the caller's organisation (Malmö stad) and when it belongs to another (Olofströms kommun). For a
 * request body, "own" and "other" name that organisation in it ({@code {organisationId}}: the employer of a new
 * resource, the owner of a new project, a partner); for endpoints with neither both are the same request. The
 * RESOURCE caller's own resource is their own profile. 404 instead of 403 where even a refusal would tell that the
 * record exists (participants, scaling projects, resources the caller may not see).</p>
 */
final class AuthorisationMatrix {

    private AuthorisationMatrix() {
    }

    static final String MATRIX = """
            endpoint                                                          | anonymous | ADMIN   | COORDINATOR | SUPPLIER | CONSUMER | RESOURCE
            GET  /demo/tokens                                                 | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /demo/tokens                                                 | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /organisations                                               | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /organisations                                               | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /organisations/{id}                                          | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            PUT  /organisations/{id}                                          | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            PUT  /organisations/{id}/roles                                    | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /participants                                                | 401       | 403 403 | 403 403     | 403 403  | 201 201  | 403 403
            GET  /participants/{id}                                           | 401       | 403 403 | 403 403     | 404 404  | 200 404  | 404 404
            PUT  /participants/{id}                                           | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            GET  /participants/{id}/export                                    | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            POST /resources                                                   | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 201 403
            GET  /resources                                                   | 401       | 200 200 | 200 200     | 403 403  | 403 403  | 403 403
            GET  /resources/{id}                                              | 401       | 200 200 | 200 200     | 200 404  | 200 404  | 200 404
            PUT  /resources/{id}                                              | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 200 403
            POST /resources/{id}/competences                                  | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 200 404
            POST /resources/{id}/competences/{code}/verification              | 401       | 403 403 | 403 200     | 403 403  | 403 403  | 403 403
            POST /resources/{id}/competences/{code}/rejection                 | 401       | 403 403 | 403 200     | 403 403  | 403 403  | 403 403
            POST /resources/{id}/suspension                                   | 401       | 200 200 | 403 200     | 403 403  | 403 403  | 403 403
            POST /resources/{id}/reinstatement                                | 401       | 200 200 | 403 200     | 403 403  | 403 403  | 403 403
            POST /packagings                                                  | 401       | 403 403 | 403 403     | 201 201  | 403 403  | 403 403
            GET  /packagings                                                  | 401       | 200 200 | 200 200     | 200 200  | 403 403  | 403 403
            GET  /packagings/{id}                                             | 401       | 200 200 | 200 200     | 200 403  | 403 403  | 403 403
            PUT  /packagings/{id}                                             | 401       | 403 403 | 403 403     | 200 403  | 403 403  | 403 403
            POST /packagings/{id}/submission                                  | 401       | 403 403 | 403 403     | 200 403  | 403 403  | 403 403
            POST /packagings/{id}/review                                      | 401       | 403 403 | 403 200     | 403 403  | 403 403  | 403 403
            POST /packagings/{id}/verdict                                     | 401       | 403 403 | 403 200     | 403 403  | 403 403  | 403 403
            POST /packagings/{id}/rejection                                   | 401       | 403 403 | 403 200     | 403 403  | 403 403  | 403 403
            POST /packagings/{id}/publication                                 | 401       | 403 403 | 403 403     | 200 403  | 403 403  | 403 403
            POST /packagings/{id}/revision                                    | 401       | 403 403 | 403 403     | 200 403  | 403 403  | 403 403
            GET  /packagings/{id}/costing                                     | 401       | 200 200 | 200 200     | 200 403  | 403 403  | 403 403
            GET  /packagings/{id}/diff                                        | 401       | 200 200 | 403 200     | 200 403  | 403 403  | 403 403
            GET  /review-checklist                                            | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            PUT  /review-checklist                                            | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /offerings/{id}                                              | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /offerings/{id}/versions/{versionId}                         | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /offerings/{id}/suspension                                   | 401       | 200 200 | 403 403     | 200 403  | 403 403  | 403 403
            POST /offerings/{id}/resumption                                   | 401       | 200 200 | 403 403     | 200 403  | 403 403  | 403 403
            POST /offerings/{id}/retirement                                   | 401       | 200 200 | 403 403     | 200 403  | 403 403  | 403 403
            GET  /offering-versions/{versionId}                               | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /catalogue                                                   | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /hsds/services                                               | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /hsds/services/{id}                                          | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /hsds/organizations                                          | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /hsds/organizations/{id}                                     | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /fee-schedule                                                | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule                                                | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/rate-changes                                   | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/partnerships                                   | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/memberships                                    | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/agreements/{id}/end                            | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/joint-costs                                    | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /fee-schedule/joint-costs/{id}/cancel                        | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /scaling-projects                                            | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /scaling-projects                                            | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /scaling-projects/{id}                                       | 401       | 200 200 | 200 404     | 200 404  | 200 404  | 200 404
            PUT  /scaling-projects/{id}/status                                | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /settlement/periods                                          | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /settlement/periods/{period}                                 | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /settlement/periods/{period}/runs                            | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            POST /settlement/periods/{period}/close                           | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /settlement/periods/{period}/statements/{organisationId}     | 401       | 200 200 | 403 403     | 200 403  | 200 403  | 403 403
            GET  /settlement/periods/{period}/statements/{organisationId}/statement.csv | 401 | 200 200 | 403 403 | 200 403 | 200 403 | 403 403
            GET  /settlement/periods/{period}/statements/{organisationId}/invoice.xml   | 401 | 200 200 | 403 403 | 200 403 | 200 403 | 403 403
            GET  /settlement/periods/{period}/statements/{organisationId}/documents     | 401 | 200 200 | 403 403 | 200 403 | 200 403 | 403 403
            GET  /settlement/periods/{period}/statements/{organisationId}/documents/{number} | 401 | 200 200 | 403 403 | 200 403 | 200 403 | 403 403
            POST /applications                                                | 401       | 403 403 | 403 403     | 403 403  | 201 201  | 403 403
            GET  /applications                                                | 401       | 403 403 | 403 403     | 200 200  | 200 200  | 403 403
            GET  /applications/{id}                                           | 401       | 403 403 | 403 403     | 200 404  | 200 404  | 403 403
            POST /applications/{id}/confirmation                              | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            POST /applications/{id}/cancellation                              | 401       | 403 403 | 403 403     | 403 403  | 200 404  | 403 403
            POST /applications/{id}/rejection                                 | 401       | 403 403 | 403 403     | 200 404  | 403 403  | 403 403
            GET  /deliveries                                                  | 401       | 200 200 | 403 403     | 200 200  | 200 200  | 200 200
            GET  /deliveries/{id}                                             | 401       | 200 200 | 403 403     | 200 404  | 200 404  | 200 404
            POST /deliveries/{id}/start                                       | 401       | 403 403 | 403 403     | 200 404  | 403 403  | 403 403
            POST /deliveries/{id}/completion                                  | 401       | 403 403 | 403 403     | 200 404  | 403 403  | 200 404
            POST /deliveries/{id}/cancellation                                | 401       | 200 200 | 403 403     | 200 404  | 403 403  | 403 403
            POST /credential-definitions                                      | 401       | 201 201 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /credential-definitions                                      | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /credential-definitions/{id}                                 | 401       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            PUT  /credential-definitions/{id}                                 | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            GET  /credentials                                                 | 401       | 200 200 | 403 403     | 200 200  | 200 200  | 403 403
            GET  /credentials/{id}                                            | 401       | 200 200 | 404 404     | 200 404  | 200 404  | 404 404
            GET  /credentials/{id}/open-badge                                 | 401       | 200 200 | 404 404     | 200 404  | 200 404  | 404 404
            POST /credentials/{id}/revocation                                 | 401       | 200 200 | 404 404     | 200 404  | 403 404  | 404 404
            GET  /public/credentials/issuer                                   | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /public/credentials/jwks                                     | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /public/credentials/did.json                                 | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /public/credentials/revocations                              | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            POST /public/credentials/verify                                   | 200       | 200 200 | 200 200     | 200 200  | 200 200  | 200 200
            GET  /statistics/consumers/{organisationId}                       | 401       | 200 200 | 403 403     | 403 403  | 200 403  | 403 403
            GET  /statistics/suppliers/{organisationId}                       | 401       | 200 200 | 403 403     | 200 403  | 403 403  | 403 403
            GET  /statistics/platform                                         | 401       | 200 200 | 403 403     | 403 403  | 403 403  | 403 403
            """;

    private static final String RATES = """
            {"validFrom": "%s", "transactionFeePercent": "5", "scalingProjectFeePercent": "10",
             "membershipBands": [
               {"fromPopulation": 0, "entryFee": "5000.00", "annualFee": "8000.00"},
               {"fromPopulation": 10000, "entryFee": "10000.00", "annualFee": "16000.00"},
               {"fromPopulation": 100001, "entryFee": "20000.00", "annualFee": "32000.00"}],
             "participationFees": {"DRIVING": "1000000.00", "ACTIVE": "500000.00", "PARTICIPATING": "200000.00",
                                   "ASSOCIATED": "50000.00"},
             "indexation": {"yearlyPercent": "5", "baseYear": 2026}}""";

    /** A complete packaging: study guidance online in Arabic. */
    private static final String PACKAGING = """
            {"titles": {"sv": "Studievägledning online på arabiska", "en": "Study guidance online in Arabic"},
             "descriptions": {"sv": "Tio gruppträffar.", "en": "Ten group sessions."},
             "phase": "PREPARATORY", "serviceArea": "STUDY_GUIDANCE", "targetGroups": ["NEWLY_ARRIVED"],
             "deliveryMode": "DIGITAL", "deliveryLanguages": ["ar"],
             "components": [{"kind": "GROUP_SESSION", "count": 10, "durationMinutes": 60, "setting": "ONLINE",
                             "resource": {"competence": "study-guide", "hours": 1.5}}],
             "groupSize": {"min": 4, "max": 12},
             "costModel": {"hourlyRate": 450.00, "digital": {"materials": 500, "licences": 1200, "premises": 0}},
             "pricePerParticipant": 1200.00}""";

    private static final String VERDICT = """
            {"assessments": [{"criterion": "goal-stated", "passed": true},
                             {"criterion": "target-group-described", "passed": true},
                             {"criterion": "method-and-pedagogy", "passed": true},
                             {"criterion": "accessibility", "passed": true},
                             {"criterion": "personal-data-handling", "passed": true},
                             {"criterion": "price-justified", "passed": true},
                             {"criterion": "competence-requirement-defined", "passed": true}]}""";

    private static final String VERSION = "\"{version}\"";

    /** A definition's terms; formatted with the code field for a new one, or nothing for a revision. */
    private static final String CREDENTIAL = """
            {%s"terms": {"title": {"sv": "Basal omvårdnad", "en": "Basic care"},
              "description": {"sv": "Grunderna.", "en": "The basics."},
              "criteria": {"sv": "Deltagit i alla pass.", "en": "Attended every session."},
              "alignments": [{"kind": "ESCO_OCCUPATION", "targetUrl": "http://data.europa.eu/esco/occupation/x",
                              "targetName": "healthcare assistant"}],
              "creditPoints": "7.5", "validityMonths": 36}}""";

    /**
     * Bodies, queries and {@code If-Match} for the endpoints that need them (valid, so only authorisation decides).
     * {@code {organisationId}} is the own or other organisation, {@code {version}} the prepared record's version.
     */
    static final Map<String, Request> REQUESTS = Map.ofEntries(
            Map.entry("POST /demo/tokens", new Request("{\"user\": \"esp-admin\"}", null)),
            Map.entry("POST /credentials/{id}/revocation", new Request("{\"reason\": \"Utfärdad av misstag\"}", null)),
            Map.entry("POST /public/credentials/verify", new Request("{\"credential\": \"not.a.jwt\"}", null)),
            Map.entry("POST /organisations", new Request("""
                    {"organisationNumber": "556677-8899", "name": "Matrisbolaget AB", "kind": "COMPANY"}""", null)),
            Map.entry("PUT /organisations/{id}", new Request("""
                    {"name": "Omdöpt", "kind": "MUNICIPALITY", "population": 10000}""", "\"1\"")),
            Map.entry("PUT /organisations/{id}/roles", new Request("{\"roles\": [\"CONSUMER\", \"SUPPLIER\"]}",
                    "\"1\"")),
            Map.entry("POST /participants", new Request("""
                    {"name": "Amina Yusuf", "preferredLanguage": "ar", "email": "amina@example.org"}""", null)),
            Map.entry("PUT /participants/{id}", new Request("""
                    {"name": "Amina Y.", "preferredLanguage": "ar", "phone": "+46 70 123 45 67"}""", "\"1\"")),

            Map.entry("POST /resources", new Request("""
                    {"personUserId": "matrix-resource_person", "displayName": "Mina Studiehandledare",
                     "languages": ["ar", "sv"], "employerId": "{organisationId}", "hourlyRate": "450.00"}""", null)),
            Map.entry("PUT /resources/{id}", new Request("""
                    {"displayName": "Mina S.", "languages": ["ar"], "employerId": "{organisationId}",
                     "hourlyRate": "475.00"}""", VERSION)),
            Map.entry("POST /resources/{id}/competences", new Request("""
                    {"code": "nurse", "evidence": "Legitimation", "expiresOn": "2030-01-01"}""", VERSION)),
            Map.entry("POST /resources/{id}/competences/{code}/verification", new Request("{}", VERSION)),
            Map.entry("POST /resources/{id}/competences/{code}/rejection",
                    new Request("{\"remark\": \"Oläslig kopia\"}", VERSION)),
            Map.entry("POST /resources/{id}/suspension", new Request("{\"reason\": \"Klagomål\"}", VERSION)),
            Map.entry("POST /resources/{id}/reinstatement", new Request("{\"reason\": \"Utrett\"}", VERSION)),

            Map.entry("POST /packagings", new Request(PACKAGING, null)),
            Map.entry("PUT /packagings/{id}", new Request(PACKAGING, VERSION)),
            Map.entry("POST /packagings/{id}/submission", new Request(null, VERSION)),
            Map.entry("POST /packagings/{id}/review", new Request(null, VERSION)),
            Map.entry("POST /packagings/{id}/verdict", new Request(VERDICT, VERSION)),
            Map.entry("POST /packagings/{id}/rejection", new Request("{\"reason\": \"Dubblett\"}", VERSION)),
            Map.entry("POST /packagings/{id}/publication", new Request(null, VERSION)),
            Map.entry("POST /packagings/{id}/revision", new Request(null, VERSION)),
            Map.entry("GET /packagings/{id}/costing", new Request(null, null, "groupSize=8")),
            Map.entry("PUT /review-checklist", new Request("""
                    {"criteria": [{"key": "goal-stated", "label": {"sv": "Målet är angivet", "en": "Goal stated"}}]}""",
                    "\"0\"")),

            Map.entry("POST /offerings/{id}/suspension", new Request("{\"reason\": \"Paus\"}", VERSION)),
            Map.entry("POST /offerings/{id}/resumption", new Request(null, VERSION)),
            Map.entry("POST /offerings/{id}/retirement", new Request("{\"reason\": \"Ersatt\"}", VERSION)),
            Map.entry("GET /catalogue", new Request(null, null, "q=studie")),

            Map.entry("POST /fee-schedule", new Request(RATES.formatted("2026-01-01"), null)),
            Map.entry("POST /fee-schedule/rate-changes", new Request(RATES.formatted("2027-01-01"), VERSION)),
            Map.entry("POST /fee-schedule/partnerships", new Request("""
                    {"partnerId": "{organisationId}", "fee": "30000.00", "per": "MONTH", "startsOn": "2026-12-01"}""",
                    VERSION)),
            Map.entry("POST /fee-schedule/memberships", new Request("""
                    {"organisationId": "{organisationId}", "joinedOn": "2026-12-01"}""", VERSION)),
            Map.entry("POST /fee-schedule/agreements/{id}/end", new Request("{\"lastDay\": \"2027-06-30\"}",
                    VERSION)),
            Map.entry("POST /fee-schedule/joint-costs", new Request("""
                    {"description": "Gemensam utveckling", "amount": "1000.00", "costKey": "EQUALLY",
                     "chargedIn": "2026-12", "shares": [{"organisationId": "{organisationId}"}]}""", VERSION)),
            Map.entry("POST /fee-schedule/joint-costs/{id}/cancel", new Request("{\"on\": \"2026-11-24\"}",
                    VERSION)),

            Map.entry("POST /scaling-projects", new Request("""
                    {"ownerId": "{organisationId}", "name": "Studiehandledning – nationell skala",
                     "budget": "800000.00"}""", null)),
            Map.entry("PUT /scaling-projects/{id}/status", new Request("""
                    {"status": "ACTIVE", "on": "2026-11-23"}""", VERSION)),

            Map.entry("POST /applications", new Request("""
                    {"offeringVersionId": "{versionId}", "language": "ar", "earliestStart": "2026-12-07",
                     "participants": [{"name": "Matris Deltagare", "preferredLanguage": "ar",
                                       "personalIdentityNumber": "19811218-9876",
                                       "answers": {"previousEducation": "Gymnasium"}}]}""", null)),
            Map.entry("GET /applications", new Request(null, null, "status=RECEIVED")),
            Map.entry("POST /applications/{id}/confirmation", new Request(null, VERSION)),
            Map.entry("POST /applications/{id}/cancellation", new Request("{\"reason\": \"Fick plats lokalt\"}",
                    VERSION)),
            Map.entry("POST /applications/{id}/rejection", new Request("{\"reason\": \"Inte nyanländ\"}",
                    VERSION)),
            Map.entry("POST /deliveries/{id}/start", new Request(null, VERSION)),
            Map.entry("POST /deliveries/{id}/completion", new Request("""
                    {"outcomes": [{"participantId": "{participantId}", "outcome": "COMPLETED"}]}""", VERSION)),
            Map.entry("POST /deliveries/{id}/cancellation", new Request("{\"reason\": \"Resursen sjuk\"}",
                    VERSION)),

            Map.entry("POST /credential-definitions", new Request(CREDENTIAL.formatted("\"code\": \"MATRIS-1\", "),
                    null)),
            Map.entry("PUT /credential-definitions/{id}", new Request(CREDENTIAL.formatted(""), VERSION)),

            Map.entry("GET /statistics/consumers/{organisationId}", new Request(null, null, "from=2026-10&to=2026-11")),
            Map.entry("GET /statistics/suppliers/{organisationId}", new Request(null, null, "from=2026-10&to=2026-11")),
            Map.entry("GET /statistics/platform", new Request(null, null, "from=2026-10&to=2026-11")));

    record Request(String body, String ifMatch, String query) {

        Request(String body, String ifMatch) {
            this(body, ifMatch, null);
        }
    }
}
