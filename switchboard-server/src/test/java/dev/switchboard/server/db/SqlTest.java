package dev.switchboard.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlTest {
    @Test
    void starBecomesAnyOneCharacterAndLikeMetacharactersAreEscaped() {
        assertThat(Sql.containsLike("+1415***0100")).isEqualTo("%+1415___0100%");
        assertThat(Sql.containsLike("5%_!")).isEqualTo("%5!%!_!!%");
        assertThat(Sql.containsLike("")).isEqualTo("%%");
    }

    @Test
    void aUniqueViolationIsFoundAnywhereInTheCauseChain() {
        SQLException unique = new SQLException("duplicate", "23505");
        assertThat(Sql.isUniqueViolation(new RuntimeException(new RuntimeException(unique)))).isTrue();
        assertThat(Sql.isUniqueViolation(new RuntimeException(new SQLException("null", "23502")))).isFalse();
    }

    @Test
    void insertNamesOneParameterPerColumn() {
        assertThat(Sql.insert("t", "a, b_c, d")).isEqualTo("INSERT INTO t (a, b_c, d) VALUES (:a, :b_c, :d)");
    }
}
