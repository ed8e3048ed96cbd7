package dev.switchboard.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRoutes;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.Database;
import dev.switchboard.server.http.HttpServer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: database, bootstrap account, HTTP API. {@link #start} blocks until the
 * listener accepts requests; {@link #close} stops everything in reverse order.
 */
public final class Switchboard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);

    private final ServerConfig config;
    private final Clock clock;
    private Database database;
    private HttpServer http;
    private int port;
    private String publicUrl;
    private AccountBootstrap.Result bootstrap;

    public Switchboard(ServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Switchboard start() {
        database = Database.open(config.database());
        try {
            bootstrap = new AccountBootstrap(database.stores().accounts(), clock).ensure(config.bootstrap());
            ApiDispatcher api = new ApiDispatcher(ApiRoutes.all(database.stores(), clock), database.stores(), new ObjectMapper());
            http = new HttpServer(config.http(), api, r -> {});
            port = http.start();
            publicUrl = config.http().publicUrlFor(port);
            LOG.info("Switchboard listening on {}:{} (public URL {})", config.http().bind(), port, publicUrl);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public int port() { return port; }

    public String publicUrl() { return publicUrl; }

    public AccountBootstrap.Result bootstrap() { return bootstrap; }

    public Database database() { return database; }

    @Override
    public void close() {
        if (http != null) http.close();
        if (database != null) database.close();
        http = null;
        database = null;
    }
}
