package dev.switchboard.server.db;

import dev.switchboard.core.store.Stores;
import dev.switchboard.testing.store.StoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract against embedded H2 (PostgreSQL mode) in a temporary directory. */
class H2StoresContractTest extends StoreContract {
    private static Path dataDir;
    private static DatabaseConfig config;
    private static Database database;

    @BeforeAll
    static void openDatabase() throws IOException {
        dataDir = Files.createTempDirectory("switchboard-h2-contract");
        config = DatabaseConfig.embeddedH2(dataDir);
        database = Database.open(config);
    }

    @AfterAll
    static void closeDatabase() throws IOException {
        if (database != null) database.close();
        TempDirs.delete(dataDir);
    }

    @Override
    protected Stores emptyStores() {
        database.stores().barrier().await(); // group commit: nothing of the last test may land after the clear
        JdbcTables.clear(config);
        return database.stores();
    }
}
