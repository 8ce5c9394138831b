package se.esp.adapter.web.testing;

import java.net.URI;
import java.util.List;

import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

import com.sun.net.httpserver.HttpServer;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.web.json.HeaderRules;
import se.esp.adapter.web.json.ModelBodyWriter;
import se.esp.adapter.web.problem.DomainExceptionMapper;
import se.esp.adapter.web.problem.MalformedJsonExceptionMapper;
import se.esp.adapter.web.problem.NotAuthenticatedExceptionMapper;
import se.esp.adapter.web.problem.StorageUnavailableExceptionMapper;
import se.esp.adapter.web.problem.UnexpectedExceptionMapper;
import se.esp.adapter.web.problem.WebApplicationExceptionMapper;
import se.esp.adapter.web.security.AuthenticationFilter;
import se.esp.adapter.web.security.RequestSizeLimit;

/**
 * The API on Jersey and the JDK's HTTP server, with every provider the real server discovers (authentication,
 * size limit, problem mappers) and the given resources. The {@link AuthenticationFilter} is the production one,
 * trusting {@link TestTokens}' identity provider where the server trusts the owner's. A provider added to the web
 * adapter belongs in {@link #PROVIDERS} too.
 */
public final class ApiServer implements AutoCloseable {

    public static final List<Class<?>> PROVIDERS = List.of(AuthenticationFilter.class, RequestSizeLimit.class,
            DomainExceptionMapper.class, MalformedJsonExceptionMapper.class, NotAuthenticatedExceptionMapper.class,
            WebApplicationExceptionMapper.class, StorageUnavailableExceptionMapper.class,
            UnexpectedExceptionMapper.class, ModelBodyWriter.class, HeaderRules.class);

    private final HttpServer server;
    private final URI base;

    private ApiServer(HttpServer server) {
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    /** The resources, trusting {@link TestTokens}' identity provider. */
    public static ApiServer start(Object... resources) {
        return start(TestTokens.identities(), resources);
    }

    /** The resources, identifying callers with the given identification (e.g. the one another channel uses). */
    public static ApiServer start(BearerIdentities identities, Object... resources) {
        // the filter is given its identification as the server's CDI gives it; the others need nothing
        ResourceConfig config = new ResourceConfig().register(new AuthenticationFilter(identities));
        PROVIDERS.stream().filter(provider -> provider != AuthenticationFilter.class).forEach(config::register);
        for (Object resource : resources) {
            config.register(resource);
        }
        return new ApiServer(JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"), config));
    }

    /** {@code http://127.0.0.1:<port>/api/} */
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
