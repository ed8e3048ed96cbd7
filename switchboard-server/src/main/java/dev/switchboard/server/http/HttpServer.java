package dev.switchboard.server.http;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiErrors;
import dev.switchboard.server.config.HttpConfig;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Javalin/Jetty 12 listener: {@code GET /health} without authentication, everything under each
 * dispatcher's prefix ({@code /2010-04-01}, {@code /sandbox}) handed to its {@link ApiDispatcher},
 * and the routes {@code extraRoutes} adds (the TwiML Bin URLs). Requests run on virtual threads.
 */
public final class HttpServer implements AutoCloseable {
    private final Javalin app;

    public HttpServer(HttpConfig config, List<ApiDispatcher> apis, Consumer<io.javalin.config.RoutesConfig> extraRoutes) {
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = config.maxRequestBytes();
            cfg.jetty.host = config.bind();
            cfg.jetty.port = config.port();
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

    /** Starts listening; returns the bound port. */
    public int start() {
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
