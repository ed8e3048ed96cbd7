package dev.switchboard.server.db;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.Stores;
import dev.switchboard.testing.store.StoreContract;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract against PostgreSQL at {@code SWITCHBOARD_TEST_PG_URL} (with
 * {@code SWITCHBOARD_TEST_PG_USER} and {@code SWITCHBOARD_TEST_PG_PASSWORD}). Skipped when the URL
 * is unset, unless {@code SWITCHBOARD_REQUIRE_PG=1}, which makes that a failure. Runs in a schema
 * of its own ({@code sb_test_<random>}), dropped afterwards, so runs never see each other.
 */
class PostgresStoresContractTest extends StoreContract {
    private static DatabaseConfig admin;
    private static String schema;
    private static DatabaseConfig config;
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        String url = System.getenv("SWITCHBOARD_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("SWITCHBOARD_REQUIRE_PG"))) {
                fail("SWITCHBOARD_REQUIRE_PG=1 but SWITCHBOARD_TEST_PG_URL is not set");
            }
            assumeTrue(false, "SWITCHBOARD_TEST_PG_URL is not set; PostgreSQL store contract skipped");
        }
        admin = new DatabaseConfig(url,
                Objects.requireNonNullElse(System.getenv("SWITCHBOARD_TEST_PG_USER"), "postgres"),
                Objects.requireNonNullElse(System.getenv("SWITCHBOARD_TEST_PG_PASSWORD"), ""));
        schema = "sb_test_" + Sids.secret().substring(0, 12);
        JdbcTables.execute(admin, "CREATE SCHEMA " + schema);
        config = new DatabaseConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                admin.user(), admin.password());
        database = Database.open(config);
    }

    @AfterAll
    static void dropSchema() {
        if (database != null) database.close();
        if (schema != null) JdbcTables.execute(admin, "DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    protected Stores emptyStores() {
        database.stores().barrier().await(); // group commit: nothing of the last test may land after the clear
        JdbcTables.clear(config);
        return database.stores();
    }
}
