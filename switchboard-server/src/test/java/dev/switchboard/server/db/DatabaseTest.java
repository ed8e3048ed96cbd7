package dev.switchboard.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void openingAnUnreachableDatabaseFails() {
        assertThatThrownBy(() -> Database.open(new DatabaseConfig(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "nobody", "")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void openingCreatesTheDataDirectoryAndItsDatabaseFile() {
        Path nested = dataDir.resolve("a/b");
        try (Database db = Database.open(DatabaseConfig.embeddedH2(nested))) {
            assertThat(db.stores().accounts().firstMainAccount()).isEmpty();
        }
        assertThat(nested.resolve("switchboard.mv.db")).exists();
    }
}
