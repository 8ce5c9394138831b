package se.esp.bootstrap.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.esp.apiclient.ApiClient;
import se.esp.apiclient.ApiException;
import se.esp.apiclient.api.DemoSignInApi;
import se.esp.apiclient.model.DemoTokenRequest;

/**
 * The Java client generated from the OpenAPI document (module {@code api-client}), pointed at a running server and
 * signed in as one of its demo users through the document's own demo sign-in. Every answer it receives is first
 * checked against the document the server serves ({@link ContractCheckedHttpClient}), and its models refuse
 * properties the document does not name, so a test through it proves the document, the client and the server
 * agree.
 */
final class GeneratedClient {

    private GeneratedClient() {
    }

    /** The generated client's configuration for this demo user; hand it to the generated {@code …Api} classes. */
    static ApiClient as(EspServer server, String demoUser) {
        ApiClient client = anonymous(server);
        String token;
        try {
            token = new DemoSignInApi(client).apiDemoTokensPost(new DemoTokenRequest().user(demoUser))
                    .getAccessToken();
        } catch (ApiException e) {
            throw new IllegalStateException("no demo token for " + demoUser + ": " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The generated client's configuration without a token. */
    static ApiClient anonymous(EspServer server) {
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ApiClient(ContractCheckedHttpClient.builder(ApiContract.of(server)), strict,
                server.uri("").toString());
    }
}
