package se.esp.bootstrap.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.esp.apiclient.ApiClient;

/**
 * The Java client generated from the OpenAPI document (module {@code api-client}), pointed at a running server and
 * signed in as one of its demo users. Every answer it receives is first checked against the document the server
 * serves ({@link ContractCheckedHttpClient}), and its models refuse properties the document does not name, so a
 * test through it proves the document, the client and the server agree.
 */
final class GeneratedClient {

    private GeneratedClient() {
    }

    /** The generated client's configuration for this demo user; hand it to the generated {@code …Api} classes. */
    static ApiClient as(LibertyServer server, String demoUser) {
        String token = Http.demoToken(server, demoUser);
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ApiClient client = new ApiClient(ContractCheckedHttpClient.builder(ApiContract.of(server)), strict,
                server.uri("").toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
