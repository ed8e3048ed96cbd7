package dev.switchboard.bench.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A customer's web app on a real Jetty server with its own pool of platform threads (not the
 * load generator's, not the platform's): each path answers with a fixed body and hands the request's
 * form parameters to a listener. The same server answers {@code /noop} with an empty 200, which the
 * benchmarks use as the loopback HTTP ceiling of this kind of server.
 */
public final class CustomerApp implements AutoCloseable {
    /** What a path answers: content type and body, after telling {@code onRequest} the form. */
    public record Route(String contentType, byte[] body, java.util.function.Consumer<Map<String, String>> onRequest) {
        public static Route twiml(String xml, java.util.function.Consumer<Map<String, String>> onRequest) {
            return new Route("text/xml", xml.getBytes(StandardCharsets.UTF_8), onRequest);
        }

        public static Route empty(java.util.function.Consumer<Map<String, String>> onRequest) {
            return new Route(null, new byte[0], onRequest);
        }
    }

    private final Server server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final int port;

    public CustomerApp(int threads) throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 8), 60_000);
        pool.setName("customer-app");
        server = new Server(pool);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        routes.put("/noop", Route.empty(form -> {}));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Route route = routes.get(Request.getPathInContext(request));
                if (route == null) {
                    response.setStatus(404);
                    callback.succeeded();
                    return true;
                }
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                route.onRequest().accept(parseForm(body));
                response.setStatus(route.contentType() == null ? 204 : 200);
                if (route.contentType() != null) response.getHeaders().put(HttpHeader.CONTENT_TYPE, route.contentType());
                response.write(true, ByteBuffer.wrap(route.body()), callback);
                return true;
            }
        });
        server.start();
        port = connector.getLocalPort();
    }

    public CustomerApp route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public String url(String path) { return "http://127.0.0.1:" + port + path; }

    /** {@code a=b&c=d} with percent-decoding; enough for Twilio's webhook forms. */
    public static Map<String, String> parseForm(String body) {
        Map<String, String> out = new java.util.HashMap<>();
        if (body == null || body.isEmpty()) return out;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            Function<String, String> dec = s -> java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
            if (eq < 0) out.put(dec.apply(pair), "");
            else out.put(dec.apply(pair.substring(0, eq)), dec.apply(pair.substring(eq + 1)));
        }
        return out;
    }

    @Override
    public void close() throws Exception { server.stop(); }
}
