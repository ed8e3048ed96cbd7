package dev.switchboard.testing.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The customer's web application, scripted: a real HTTP/1.1 server on {@code 127.0.0.1} and a free
 * port, in the manner of OkHttp's MockWebServer. Enqueue what each path answers, let the code under
 * test make its requests, then take the recorded requests in arrival order and assert on them.
 *
 * <pre>{@code
 * try (var app = ScriptedWebhookServer.start()) {
 *     app.enqueue("/voice", ScriptedResponse.twiml("<Response><Say>Hi</Say></Response>"));
 *     ... code under test fetches app.url("/voice?customerId=42") ...
 *     RecordedRequest voice = app.takeRequest(Duration.ofSeconds(2));
 *     assertThat(voice.hasValidSignature(authToken)).isTrue();
 * }
 * }</pre>
 *
 * <p>Each path (raw, without query) has a queue of responses used in order; when it is empty the
 * path's default ({@link #setDefault}) answers, and without one the server answers 404
 * {@code text/plain}. Requests are recorded on arrival, before any scripted delay. Each exchange runs
 * on its own virtual thread, so a hanging or delayed answer never holds up another. Thread-safe;
 * {@link #close()} releases hanging and delayed handlers and stops the server.
 */
public final class ScriptedWebhookServer implements AutoCloseable {
    private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Queue<ScriptedResponse>> queues = new ConcurrentHashMap<>();
    private final Map<String, ScriptedResponse> defaults = new ConcurrentHashMap<>();
    private final RequestQueue<RecordedRequest> requests = new RequestQueue<>("request", r -> r.method() + " " + r.url());
    private final ResponseWriter writer = new ResponseWriter();

    private ScriptedWebhookServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** Starts a server on {@code 127.0.0.1} and a free port. */
    public static ScriptedWebhookServer start() {
        try {
            return new ScriptedWebhookServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scripted webhook server", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} + {@code pathAndQuery} (which may carry a query and a fragment). */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }

    /** Adds {@code response} to the end of {@code path}'s queue; a query in {@code path} is ignored. */
    public ScriptedWebhookServer enqueue(String path, ScriptedResponse response) {
        queues.computeIfAbsent(key(path), k -> new ConcurrentLinkedQueue<>()).add(response);
        return this;
    }

    /** {@link #enqueue} a 200 {@code text/xml} TwiML answer. */
    public ScriptedWebhookServer enqueueTwiml(String path, String twiml) {
        return enqueue(path, ScriptedResponse.twiml(twiml));
    }

    /** What {@code path} answers whenever its queue is empty. */
    public ScriptedWebhookServer setDefault(String path, ScriptedResponse response) {
        defaults.put(key(path), response);
        return this;
    }

    /** The next request received, waiting up to 5 s; fails the test if none arrives. */
    public RecordedRequest takeRequest() {
        return takeRequest(DEFAULT_TAKE_TIMEOUT);
    }

    /** The next request received, waiting up to {@code timeout}; fails the test if none arrives. */
    public RecordedRequest takeRequest(Duration timeout) {
        return requests.take(timeout);
    }

    /** The next request received within {@code timeout}, if any. */
    public Optional<RecordedRequest> pollRequest(Duration timeout) {
        return requests.poll(timeout);
    }

    /** Fails the test if a request was received and not taken. */
    public void assertNoMoreRequests() {
        requests.assertEmpty();
    }

    /** Requests received and not yet taken. */
    public int pendingRequests() {
        return requests.size();
    }

    /** Releases hanging and delayed answers, then stops the server and its handler threads. */
    @Override
    public void close() {
        writer.release();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            RecordedRequest request = RequestRecorder.record(exchange, body, port());
            requests.add(request);
            writer.write(exchange, next(request.path()));
        } catch (IOException e) {
            // The client went away (it timed out or was reset): nothing left to answer.
        }
    }

    private ScriptedResponse next(String path) {
        Queue<ScriptedResponse> queue = queues.get(path);
        ScriptedResponse scripted = queue == null ? null : queue.poll();
        if (scripted != null) {
            return scripted;
        }
        return defaults.getOrDefault(path, ScriptedResponse.of(404, "text/plain", "nothing scripted for " + path));
    }

    private static String key(String path) {
        int cut = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return path.substring(0, cut);
    }
}
