package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import jakarta.json.Json;

import se.esp.adapter.common.testing.TestIdentityProvider;

/**
 * Stands in for the owner's OpenID Connect provider, over HTTPS (Liberty's OpenID Connect client talks to a provider
 * over https only) with a certificate of its own for 127.0.0.1: the discovery document, the JWKS, an authorization
 * endpoint that signs in at once whoever the test named with {@link #signsIn} (no login page) and sends the browser
 * back with a code, and a token endpoint that checks the client's secret and the code and answers with an ID token
 * signed by adapters-common's {@link TestIdentityProvider} — or, when the test asks, one of another issuer or with a
 * signature of another key.
 */
final class StandInOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "esp-console";

    /** What the next ID token is. */
    enum Token { GENUINE, OTHER_ISSUER, FORGED_SIGNATURE }

    /** The person the provider signs in next, as its claims name them. */
    record Person(String subject, String name, String organisationId, List<String> groups) {
    }

    private record Grant(Person person, String nonce, String redirectUri, Token token) {
    }

    private static final String STORE_PASSWORD = "stand-in";

    private final String clientSecret = UUID.randomUUID().toString();
    private final TestIdentityProvider keys = new TestIdentityProvider();
    /** Another key under the same key id: its signatures look like the provider's and do not verify. */
    private final TestIdentityProvider forger = new TestIdentityProvider(2048, keys.keyId());
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final AtomicInteger authorizations = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Path trustStore;
    private final Certificate certificate;
    private final HttpsServer server;
    private final String issuer;
    private volatile Person next;
    private volatile Token nextToken = Token.GENUINE;

    StandInOpenIdProvider(Path workDir) throws IOException, GeneralSecurityException, InterruptedException {
        Path keyStore = workDir.resolve("stand-in-provider.p12");
        keytool("-genkeypair", "-alias", "provider", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        KeyStore identity = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            identity.load(in, STORE_PASSWORD.toCharArray());
        }
        certificate = identity.getCertificate("provider");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("stand-in-provider", certificate);
        trustStore = workDir.resolve("stand-in-provider-trust.p12");
        try (var out = Files.newOutputStream(trustStore)) {
            trusted.store(out, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(identity, STORE_PASSWORD.toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, new SecureRandom());

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        issuer = "https://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json", keys.jwks()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    /** The settings an operator gives the server for this provider: the console's client and the API's key. */
    Map<String, String> serverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("ESP_CONSOLE_SIGNIN", "oidc");
        settings.put("ESP_OIDC_DISCOVERY_URL", issuer + "/.well-known/openid-configuration");
        settings.put("ESP_OIDC_CLIENT_ID", CLIENT_ID);
        settings.put("ESP_OIDC_CLIENT_SECRET", clientSecret);
        settings.put("ESP_OIDC_TRUSTSTORE", trustStore.toString());
        settings.put("ESP_OIDC_TRUSTSTORE_PASSWORD", STORE_PASSWORD);
        settings.put("MP_JWT_VERIFY_PUBLICKEY", keys.publicKeyPem());
        settings.put("MP_JWT_VERIFY_ISSUER", issuer);
        return settings;
    }

    /** The person the authorization endpoint signs in from now on, and what their ID token will be. */
    void signsIn(Person person, Token token) {
        next = person;
        nextToken = token;
    }

    /** An access token for the API, signed by this provider with the same claims an ID token carries. */
    String accessToken(Person person) {
        return claims(person, keys).audience("esp").sign();
    }

    /** How many times a browser was sent here to sign in. */
    int authorizations() {
        return authorizations.get();
    }

    /** How many ID tokens the token endpoint gave out. */
    int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * Trusts this provider's certificate and the server's (nothing else): for a browser that follows the redirects
     * through the provider and back to the server's https port, where Liberty's client takes the provider's answer.
     */
    SSLContext browserTrust(Certificate server) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("stand-in-provider", certificate);
            trusted.setCertificateEntry("server", server);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                    TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), new SecureRandom());
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        answer(exchange, 200, "application/json", Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("authorization_endpoint", issuer + "/authorize")
                .add("token_endpoint", issuer + "/token")
                .add("jwks_uri", issuer + "/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("scopes_supported", Json.createArrayBuilder().add("openid").add("profile"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("client_secret_post")
                        .add("client_secret_basic"))
                .build().toString());
    }

    /** Signs in the person the test named at once and sends the browser back to the client with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        authorizations.incrementAndGet();
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirectUri == null || !"code".equals(query.get(
                "response_type")) || next == null) {
            answer(exchange, 400, "text/plain", "not a request this provider answers: " + query);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(next, query.get("nonce"), redirectUri, nextToken));
        String back = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + encode(code)
                + (query.containsKey("state") ? "&state=" + encode(query.get("state")) : "");
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Exchanges a code once, for the client that shows its secret, for an ID token. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String id = body.get("client_id");
        String secret = body.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
        }
        if (!CLIENT_ID.equals(id) || !clientSecret.equals(secret)) {
            answer(exchange, 401, "application/json", "{\"error\": \"invalid_client\"}");
            return;
        }
        Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!"authorization_code".equals(body.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            answer(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        TestIdentityProvider.Claims idToken = claims(grant.person(), grant.token() == Token.FORGED_SIGNATURE
                ? forger : keys).audience(CLIENT_ID).claim("nonce", grant.nonce()).claim("azp", CLIENT_ID);
        if (grant.token() == Token.OTHER_ISSUER) {
            idToken.issuer("https://idp.elsewhere.example");
        }
        tokensIssued.incrementAndGet();
        answer(exchange, 200, "application/json", Json.createObjectBuilder()
                .add("access_token", accessToken(grant.person()))
                .add("token_type", "Bearer")
                .add("expires_in", 600)
                .add("scope", "openid profile")
                .add("id_token", idToken.sign())
                .build().toString());
    }

    private TestIdentityProvider.Claims claims(Person person, TestIdentityProvider signer) {
        TestIdentityProvider.Claims claims = signer.claims(person.subject()).issuer(issuer)
                .claim("name", person.name()).groups(person.groups().toArray(String[]::new));
        if (person.organisationId() != null) {
            claims.organisation(person.organisationId());
        }
        return claims;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            fields.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    URI issuer() {
        return URI.create(issuer);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
