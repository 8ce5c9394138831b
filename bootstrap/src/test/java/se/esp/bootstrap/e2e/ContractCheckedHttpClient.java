package se.esp.bootstrap.e2e;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that checks every answer against the API's {@link ApiContract} before its caller sees it,
 * so a test — with {@link Http} or with the client generated from the document — fails on the first answer that
 * breaks the document, naming the operation, the status and every violation. The answer is read whole, checked,
 * then handed to the caller's body handler as if it came from the network.
 */
final class ContractCheckedHttpClient extends HttpClient {

    private final HttpClient network;
    /** The contract that applies to a request's address; the run-wide switch resolves it per server. */
    private final Function<URI, ApiContract> contracts;

    ContractCheckedHttpClient(HttpClient network, Function<URI, ApiContract> contracts) {
        this.network = network;
        this.contracts = contracts;
    }

    /** A builder of clients checked against the contract, for the generated client's {@code ApiClient}. */
    static HttpClient.Builder builder(ApiContract contract) {
        return new CheckedBuilder(HttpClient.newBuilder(), uri -> contract);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = network.send(request, HttpResponse.BodyHandlers.ofByteArray());
        check(answer);
        return replay(answer, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        return network.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(answer -> {
            check(answer);
            try {
                return replay(answer, handler);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    private void check(HttpResponse<byte[]> answer) {
        URI uri = answer.request().uri();
        if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/api/")) {
            return; // not the API's: health, metrics, the document itself, a test probe
        }
        if (beforeTheApplicationStarted(answer)) {
            return; // Liberty's own page while the WAR is not (yet) deployed: no answer of the API to check
        }
        ApiContract contract = contracts.apply(uri);
        if (contract != null) {
            contract.check(answer.request().method(), uri, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(null), answer.body());
        }
    }

    /**
     * Liberty answers 404 with its "Context Root Not Found" page while its HTTP port is open but the application is
     * not started, as in the moments after a restart the crash and scale-out tests cause; the API itself answers
     * every 404 as problem+json.
     */
    static boolean beforeTheApplicationStarted(HttpResponse<byte[]> answer) {
        return answer.statusCode() == 404
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                && new String(answer.body(), StandardCharsets.UTF_8)
                        .contains("CONTEXT_ROOT_NOT_FOUND");
    }

    /** Hands the bytes already read to the caller's body handler, as the network would, at the pace it asks. */
    private static <T> HttpResponse<T> replay(HttpResponse<byte[]> answer, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public Version version() {
                return answer.version();
            }
        });
        subscriber.onSubscribe(new Replay(subscriber, answer.body()));
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return new Replayed<>(answer, body);
    }

    /**
     * Delivers one buffer when asked and completes when asked again (or at once if more was asked): an input
     * stream subscriber keeps room for a single buffer at a time and would refuse a second one it did not ask for.
     */
    private static final class Replay implements Flow.Subscription {

        private final Flow.Subscriber<? super List<ByteBuffer>> subscriber;
        private final byte[] body;
        private long demand;
        private boolean delivered;
        private boolean finished;
        private boolean emitting;

        Replay(Flow.Subscriber<? super List<ByteBuffer>> subscriber, byte[] body) {
            this.subscriber = subscriber;
            this.body = body;
            this.delivered = body.length == 0;
        }

        @Override
        public synchronized void request(long n) {
            if (finished) {
                return;
            }
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            if (emitting) {
                return; // asked from inside onNext: the loop below goes on
            }
            emitting = true;
            try {
                while (!finished && demand > 0) {
                    demand--;
                    if (!delivered) {
                        delivered = true;
                        subscriber.onNext(List.of(ByteBuffer.wrap(body)));
                    } else {
                        finished = true;
                        subscriber.onComplete();
                    }
                }
            } finally {
                emitting = false;
            }
        }

        @Override
        public synchronized void cancel() {
            finished = true;
        }
    }

    private record Replayed<T>(HttpResponse<byte[]> answer, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return answer.statusCode();
        }

        @Override
        public HttpRequest request() {
            return answer.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return answer.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return answer.sslSession();
        }

        @Override
        public URI uri() {
            return answer.uri();
        }

        @Override
        public Version version() {
            return answer.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return network.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return network.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return network.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return network.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return network.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return network.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return network.authenticator();
    }

    @Override
    public Version version() {
        return network.version();
    }

    @Override
    public Optional<Executor> executor() {
        return network.executor();
    }

    /** Builds the network client as configured, then wraps it. */
    private record CheckedBuilder(HttpClient.Builder network, Function<URI, ApiContract> contracts)
            implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            network.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            network.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            network.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            network.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            network.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            network.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            network.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            network.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            network.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            network.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ContractCheckedHttpClient(network.build(), contracts);
        }
    }
}
