package dev.switchboard.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    @Test
    void embeddedH2UrlPointsIntoTheAbsoluteDataDirectoryInPostgresMode() {
        Path dir = Path.of("data").toAbsolutePath();

        assertThat(DatabaseConfig.embeddedH2Url(Path.of("data"))).isEqualTo("jdbc:h2:file:"
                + dir.toString().replace('\\', '/')
                + "/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(DatabaseConfig.embeddedH2(dir).isPostgres()).isFalse();
        assertThat(DatabaseConfig.embeddedH2(dir).user()).isEqualTo("sa");
    }

    @Test
    void postgresIsRecognisedByItsUrl() {
        assertThat(new DatabaseConfig("jdbc:postgresql://db:5432/switchboard", "sb", "pw").isPostgres()).isTrue();
    }

    @Test
    void otherDatabasesAndSemicolonsInTheDataDirectoryAreRejected() {
        assertThatThrownBy(() -> new DatabaseConfig("jdbc:mysql://db/sb", "sb", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseConfig.embeddedH2Url(Path.of("/tmp/a;MODE=MySQL")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(new DatabaseConfig("jdbc:postgresql://db/sb", "sb", "hunter2").toString())
                .doesNotContain("hunter2").contains("***");
    }
}
