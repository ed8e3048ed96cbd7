package dev.switchboard.server.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the directory lives: a JDBC URL with its credentials. Two databases are supported, both
 * running the same migrations: PostgreSQL 15+ ({@code jdbc:postgresql://host:port/db}) and H2 2.x
 * embedded in a file ({@link #embeddedH2(Path)}, the default for a single-node install).
 *
 * @param jdbcUrl  {@code jdbc:postgresql:…} or {@code jdbc:h2:…}; no default
 * @param user     database user; {@code "sa"} for embedded H2
 * @param password database password, {@code ""} for none; never printed by {@link #toString()}
 */
public record DatabaseConfig(String jdbcUrl, String user, String password) {

    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported database URL (want jdbc:postgresql: or jdbc:h2:): " + jdbcUrl);
        }
    }

    /** Embedded H2 in {@code dataDir} (created if missing), user {@code sa}, no password. */
    public static DatabaseConfig embeddedH2(Path dataDir) {
        return new DatabaseConfig(embeddedH2Url(dataDir), "sa", "");
    }

    /**
     * {@code jdbc:h2:file:<dataDir>/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE},
     * with {@code dataDir} made absolute; the files are {@code switchboard.mv.db} (and a lock file
     * while open: a second process on the same directory fails fast). The settings make H2 accept
     * the PostgreSQL dialect of the shared migrations, fold unquoted names to lower case and sort
     * NULLs last, all as PostgreSQL does. H2 writes commits to its file in the background (up to
     * 500 ms later, which a killed process would lose); the call records' group commit therefore
     * runs {@code CHECKPOINT} before it tells anyone a write is durable ({@link GroupCommit#SYNC_INTERVAL}).
     * {@code DB_CLOSE_ON_EXIT=FALSE}: H2 would otherwise close itself in a JVM shutdown hook of its
     * own while the platform's hook is still ending live calls and writing their last records;
     * the platform closes the database itself, last ({@code Switchboard.close}).
     */
    public static String embeddedH2Url(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (dir.contains(";")) throw new IllegalArgumentException("data directory may not contain ';': " + dir);
        return "jdbc:h2:file:" + dir + "/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
