package dev.switchboard.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.account.Account;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.Stores;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves everything under {@code /2010-04-01}: authenticates, finds the route in {@link ApiRoutes},
 * checks the caller may act on the account in the path, parses parameters, runs the handler, and
 * maps every failure to Twilio's error body. Nothing a request sends can take down the server.
 */
public final class ApiDispatcher {
    public static final String PREFIX = "/2010-04-01";
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

    private final List<ApiRoute> routes;
    private final BasicAuthenticator authenticator;
    private final Stores stores;
    private final ObjectMapper json;

    private final String prefix;

    public ApiDispatcher(List<ApiRoute> routes, Stores stores, ObjectMapper json) {
        this(PREFIX, routes, stores, json);
    }

    /** A dispatcher for another tree of routes (the sandbox admin API lives under {@code /sandbox}). */
    public ApiDispatcher(String prefix, List<ApiRoute> routes, Stores stores, ObjectMapper json) {
        this.prefix = prefix;
        this.routes = List.copyOf(routes);
        this.stores = stores;
        this.authenticator = new BasicAuthenticator(stores);
        this.json = json;
    }

    public String prefix() { return prefix; }

    public void serve(Context ctx) {
        ApiResponse response;
        try {
            response = dispatch(ctx);
        } catch (TwilioException e) {
            response = ApiErrors.toResponse(e);
        } catch (HttpResponseException e) {
            // Jetty/Javalin refused the body itself (too large, unreadable)
            response = e.getStatus() == 413
                    ? ApiErrors.toResponse(new TwilioException(TwilioError.REQUEST_TOO_LARGE, "Request entity too large"))
                    : ApiErrors.toResponse(new TwilioException(TwilioError.BAD_REQUEST, "unreadable request body"));
        } catch (dev.switchboard.server.db.StoreOverloadedException e) {
            LOG.warn("REST {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
            response = ApiErrors.toResponse(new TwilioException(TwilioError.TOO_MANY_REQUESTS,
                    "the platform's database writes are backed up; try again shortly"));
        } catch (RuntimeException e) {
            LOG.error("REST {} {} failed", ctx.method(), ctx.path(), e);
            response = ApiErrors.internal();
        }
        write(ctx, response);
    }

    private ApiResponse dispatch(Context ctx) {
        String path = ctx.path().substring(prefix.length());
        String method = ctx.method().name();
        Account caller = authenticator.authenticate(Optional.ofNullable(ctx.header("Authorization")));
        boolean pathKnown = false;
        for (ApiRoute route : routes) {
            Optional<Map<String, String>> params = route.match(path);
            if (params.isEmpty()) continue;
            pathKnown = true;
            if (!route.method().equals(method)) continue;
            Account pathAccount = resolvePathAccount(caller, params.get());
            ApiRequest request = new ApiRequest(method, ctx.path(), caller, pathAccount, params.get(),
                    RequestParams.read(ctx));
            return route.handler().handle(request);
        }
        if (pathKnown) throw new TwilioException(TwilioError.METHOD_NOT_ALLOWED);
        throw notFound(ctx.path());
    }

    /**
     * The caller's own account, or a subaccount it owns. Any other account SID in the path answers
     * 401/20003, as Twilio lists "credentials for another account" among 20003's causes.
     */
    private Account resolvePathAccount(Account caller, Map<String, String> params) {
        String sid = params.get("AccountSid");
        if (sid == null || sid.equals(caller.sid())) return caller;
        return stores.accounts().find(sid)
                .filter(a -> a.ownerAccountSid().equals(caller.sid()))
                .orElseThrow(() -> new TwilioException(TwilioError.AUTHENTICATE));
    }

    public static TwilioException notFound(String path) {
        return new TwilioException(TwilioError.NOT_FOUND, path);
    }

    private void write(Context ctx, ApiResponse response) {
        ctx.status(response.status());
        if (response.body() == null) return;
        if (response.body() instanceof ApiResponse.Media media) {
            try {
                ctx.contentType(media.contentType()).header("Content-Length", Long.toString(java.nio.file.Files.size(media.file())))
                        .result(java.nio.file.Files.newInputStream(media.file()));
            } catch (java.io.IOException e) { // deleted since it was found
                write(ctx, ApiErrors.toResponse(notFound(ctx.path())));
            }
            return;
        }
        try {
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(response.body()));
        } catch (JsonProcessingException e) {
            LOG.error("could not serialise a response", e);
            ctx.status(500).result("{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}");
        }
    }

    static Map<String, Object> ordered() { return new LinkedHashMap<>(); }
}
