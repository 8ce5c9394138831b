package se.esp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import se.esp.adapter.web.security.CurrentUser;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.ApiServer;
import se.esp.adapter.web.testing.TestTokens;
import se.esp.application.security.UserRole;
import se.esp.security.MatrixWorld.Whose;

/**
 * The authorisation matrix ({@link AuthorisationMatrix}) against the real resources, providers and services:
 * every endpoint found by reflection over the JAX-RS resources of the web adapter × anonymous and every role ×
 * a record of the caller's own organisation and of another. Each cell runs on fresh storage. The bearer token is
 * {@link TestTokens}' stand-in for the server's MicroProfile JWT; the tokens themselves are proven on Open
 * Liberty by the end-to-end tests.
 */
class AuthorisationMatrixTest {

    private static final String WEB_ADAPTER = "se.esp.adapter.web";
    private static final UserRole[] COLUMNS = {UserRole.PLATFORM_ADMINISTRATOR, UserRole.COORDINATOR,
        UserRole.SUPPLIER_STAFF, UserRole.CONSUMER_STAFF, UserRole.RESOURCE_PERSON};

    private static MatrixWorld world;
    private static ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheApiWithEveryResource() throws Exception {
        world = new MatrixWorld(null);
        List<Object> resources = new ArrayList<>();
        for (Class<?> resource : resources()) {
            resources.add(construct(resource));
        }
        server = ApiServer.start(resources.toArray());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyEndpointHasExactlyOneRowAndEveryRowAnEndpoint() throws Exception {
        TreeSet<String> endpoints = new TreeSet<>(endpoints());
        TreeSet<String> rows = new TreeSet<>(rows().keySet());

        TreeSet<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(rows);
        TreeSet<String> stale = new TreeSet<>(rows);
        stale.removeAll(endpoints);
        assertThat(missing).as("endpoints without a row in AuthorisationMatrix.MATRIX: decide who may call them")
                .isEmpty();
        assertThat(stale).as("rows in AuthorisationMatrix.MATRIX that name no endpoint").isEmpty();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(59);
    }

    @Test
    void theMatrixRunsEveryProviderOfTheWebAdapterAsTheServerDoes() throws Exception {
        List<Class<?>> providers = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WEB_ADAPTER)) {
            if (type.isAnnotatedWith(jakarta.ws.rs.ext.Provider.class)) {
                providers.add(Class.forName(type.getName()));
            }
        }

        assertThat(ApiServer.PROVIDERS).as("a @Provider missing from ApiServer.PROVIDERS would be left out here")
                .containsExactlyInAnyOrderElementsOf(providers);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryRoleForItsOwnAndAnotherOrganisationAsTheMatrixSays() {
        List<DynamicTest> cells = new ArrayList<>();
        rows().forEach((endpoint, expected) -> {
            cells.add(DynamicTest.dynamicTest(endpoint + " anonymous → " + expected[0],
                    () -> assertCell(endpoint, null, Whose.OWN, expected[0])));
            for (int role = 0; role < COLUMNS.length; role++) {
                for (Whose whose : Whose.values()) {
                    int status = expected[1 + role * 2 + whose.ordinal()];
                    UserRole column = COLUMNS[role];
                    cells.add(DynamicTest.dynamicTest(endpoint + " " + column + " " + whose + " → " + status,
                            () -> assertCell(endpoint, column, whose, status)));
                }
            }
        });
        return cells.stream();
    }

    private void assertCell(String endpoint, UserRole role, Whose whose, int expected) throws Exception {
        world = new MatrixWorld(endpoint);
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = world.path(endpoint.substring(endpoint.indexOf(' ') + 1), whose);
        AuthorisationMatrix.Request request = AuthorisationMatrix.REQUESTS.get(endpoint);
        String body = request == null ? null : world.fill(request.body(), whose);
        String ifMatch = request == null ? null : world.fill(request.ifMatch(), whose);
        String query = request == null || request.query() == null ? "" : "?" + request.query();
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.base().resolve(path.substring(1) + query))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (role != null) {
            builder.header("Authorization", TestTokens.bearer(world.caller(role)));
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(endpoint + " as " + (role == null ? "anonymous" : role + " " + whose)
                + ": " + response.body()).isEqualTo(expected);
    }

    /** "METHOD /path" of every resource method of the web adapter, e.g. {@code GET /organisations/{id}}. */
    static List<String> endpoints() throws Exception {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = normalise(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String verb = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(verb + " " + base + (sub == null ? "" : normalise(sub.value())));
                }
            }
        }
        return endpoints;
    }

    static List<Class<?>> resources() throws ClassNotFoundException {
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WEB_ADAPTER)) {
            if (type.isAnnotatedWith(Path.class)) {
                resources.add(Class.forName(type.getName()));
            }
        }
        return resources;
    }

    private static String normalise(String path) {
        String trimmed = path.strip();
        trimmed = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return trimmed.endsWith("/") && trimmed.length() > 1 ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The matrix as endpoint (method and path with single spaces) → statuses: anonymous, then own/other per role. */
    static Map<String, int[]> rows() {
        Map<String, int[]> rows = new LinkedHashMap<>();
        String[] lines = AuthorisationMatrix.MATRIX.strip().split("\n");
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] cells = line.split("\\|");
            String endpoint = cells[0].strip().replaceAll("\\s+", " ");
            int[] statuses = Arrays.stream(cells).skip(1).flatMap(c -> Arrays.stream(c.strip().split("\\s+")))
                    .mapToInt(Integer::parseInt).toArray();
            if (statuses.length != 1 + 2 * COLUMNS.length) {
                fail("row '" + endpoint + "' needs 1 + " + 2 * COLUMNS.length + " statuses, has " + statuses.length);
            }
            if (rows.put(endpoint, statuses) != null) {
                fail("two rows for " + endpoint);
            }
        }
        return rows;
    }

    /**
     * Builds a resource as CDI would, through its {@code @Inject} constructor: the acting user from the request,
     * every other parameter by type from the current {@link MatrixWorld} (through a proxy, so each cell's fresh
     * world is used).
     */
    private static Object construct(Class<?> resource) throws Exception {
        Constructor<?> constructor = Arrays.stream(resource.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).findFirst()
                .orElseThrow(() -> new AssertionError(resource + " has no public @Inject constructor"));
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == CurrentUser.class) {
                arguments[i] = new RequestIdentity();
            } else if (type.isInterface()) {
                arguments[i] = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, args) -> invoke(method, args, () -> fromWorld(type)));
            } else {
                arguments[i] = fromWorld(type);
            }
        }
        return constructor.newInstance(arguments);
    }

    private static Object invoke(Method method, Object[] args, Supplier<Object> target) throws Throwable {
        try {
            return method.invoke(target.get(), args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object fromWorld(Class<?> type) {
        return world.services().stream().filter(type::isInstance).findFirst().orElseThrow(() ->
                new AssertionError("no service in MatrixWorld.services() provides " + type.getName()));
    }
}
