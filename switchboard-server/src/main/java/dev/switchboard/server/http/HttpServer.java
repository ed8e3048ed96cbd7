package dev.switchboard.server.http;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiErrors;
import dev.switchboard.server.config.HttpConfig;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import java.util.function.Consumer;

/**
 * The Javalin/Jetty 12 listener: {@code GET /health} without authentication, everything under each
 * dispatcher's prefix ({@code /2010-04-01}, {@code /sandbox}) handed to its {@link ApiDispatcher},
 * the routes {@code extraRoutes} adds (the TwiML Bin URLs), and the browser SDK ({@code /sdk/}) and
 * agent softphone ({@code /softphone/}) as static files. Requests run on virtual threads.
 */
public final class HttpServer implements AutoCloseable {
    /** Static web content: hosted path and classpath folder (the browser SDK and the softphone page). */
    private static final String[][] WEB_SITES = {{"/sdk", "/web/sdk"}, {"/softphone", "/web/softphone"}};

    private final Javalin app;
    private volatile ServerConnector tlsConnector;

    public HttpServer(HttpConfig config, List<ApiDispatcher> apis, Consumer<io.javalin.config.RoutesConfig> extraRoutes) {
        this(config, apis, extraRoutes, Optional.empty());
    }

    /** As above, plus an HTTPS listener serving the same routes (WebSockets included). */
    public HttpServer(HttpConfig config, List<ApiDispatcher> apis, Consumer<io.javalin.config.RoutesConfig> extraRoutes,
            Optional<TlsListener> tls) {
        this.app = Javalin.create(cfg -> {
            // Javalin only makes its default HTTP connector when no connector was added, so with an
            // HTTPS listener the plain one is added explicitly, first, as the port start() answers.
            if (tls.isPresent()) {
                cfg.jetty.addConnector((server, httpConfig) -> {
                    ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                    c.setHost(config.bind());
                    c.setPort(config.port());
                    httpConnector = c;
                    return c;
                });
            }
            tls.ifPresent(t -> cfg.jetty.addConnector((server, httpConfig) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(t.keystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(t.password());
                ssl.setKeyStoreType("PKCS12");
                HttpConfiguration https = new HttpConfiguration(httpConfig);
                https.addCustomizer(new SecureRequestCustomizer(false));
                ServerConnector c = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
                c.setHost(config.bind());
                c.setPort(t.port());
                tlsConnector = c;
                return c;
            }));
            // frames are capped at 64 KB by the signalling handler, which answers an error frame first
            cfg.jetty.modifyWebSocketServletFactory(f -> f.setMaxTextMessageSize(1 << 20));
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.jetty.host = config.bind();
            cfg.jetty.port = config.port();
            for (String[] site : WEB_SITES) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = site[0];
                    sf.directory = site[1];
                    sf.location = Location.CLASSPATH;
                    sf.headers = Map.of("Cache-Control", "no-cache");
                });
            }
            cfg.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            for (HandlerType type : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.DELETE,
                    HandlerType.PUT, HandlerType.PATCH}) {
                for (ApiDispatcher api : apis) cfg.routes.addHttpHandler(type, api.prefix() + "/*", api::serve);
            }
            extraRoutes.accept(cfg.routes);
            cfg.routes.error(HttpStatus.CONTENT_TOO_LARGE.getCode(), "*", ctx -> {
                var r = ApiErrors.body(TwilioError.REQUEST_TOO_LARGE,
                        "Request entity too large: the limit is " + config.maxRequestBytes() + " bytes", 413);
                ctx.status(413).json(r.body());
            });
        });
    }

    /** Starts listening; returns the bound HTTP port. */
    public int start() {
        app.start();
        ServerConnector c = httpConnector;
        return c == null ? app.port() : c.getLocalPort();
    }

    private volatile ServerConnector httpConnector;

    /** The bound HTTPS port, when there is an HTTPS listener. */
    public OptionalInt tlsPort() {
        ServerConnector c = tlsConnector;
        return c == null ? OptionalInt.empty() : OptionalInt.of(c.getLocalPort());
    }

    @Override
    public void close() {
        app.stop();
    }
}
