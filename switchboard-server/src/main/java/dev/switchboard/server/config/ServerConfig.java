package dev.switchboard.server.config;

import dev.switchboard.server.db.DatabaseConfig;
import java.nio.file.Path;

/**
 * Everything the platform is started with, one record per component. {@code dataDir}
 * ({@code --data-dir} / {@code SWITCHBOARD_DATA_DIR} / {@code ./data}) holds the embedded database
 * and generated files. See docs/configuration.md for the full reference.
 */
public record ServerConfig(HttpConfig http, Path dataDir, DatabaseConfig database, BootstrapConfig bootstrap,
        CallConfig calls, ClientConfig clients, SipConfig sip, RecordingConfig recordings) {
    public ServerConfig(HttpConfig http, Path dataDir, DatabaseConfig database, BootstrapConfig bootstrap,
            CallConfig calls, ClientConfig clients, SipConfig sip) {
        this(http, dataDir, database, bootstrap, calls, clients, sip, RecordingConfig.under(dataDir));
    }

    public ServerConfig(HttpConfig http, Path dataDir, DatabaseConfig database, BootstrapConfig bootstrap,
            CallConfig calls, ClientConfig clients) {
        this(http, dataDir, database, bootstrap, calls, clients, SipConfig.defaults());
    }

    public ServerConfig(HttpConfig http, Path dataDir, DatabaseConfig database, BootstrapConfig bootstrap,
            CallConfig calls) {
        this(http, dataDir, database, bootstrap, calls, ClientConfig.defaults().withHttpsPort(ClientConfig.TLS_OFF));
    }

    public ServerConfig(HttpConfig http, Path dataDir, DatabaseConfig database, BootstrapConfig bootstrap) {
        this(http, dataDir, database, bootstrap, CallConfig.defaults());
    }
}
