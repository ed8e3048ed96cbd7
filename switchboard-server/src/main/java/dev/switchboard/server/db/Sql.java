package dev.switchboard.server.db;

import dev.switchboard.core.store.DuplicateKeyException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Update;

/** The few conversions every JDBC store shares, identical on PostgreSQL and H2. */
final class Sql {
    /** SQLSTATE unique_violation; both PostgreSQL and H2 report a duplicate key with it. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The escape character in LIKE patterns; not a backslash, so no dialect reads it differently. */
    static final char LIKE_ESCAPE = '!';

    private Sql() {}

    /**
     * Binds an instant to a {@code TIMESTAMP(6) WITH TIME ZONE} column as a UTC
     * {@link OffsetDateTime} (JDBC 4.2; no {@code java.sql.Timestamp}, so the JVM's zone never
     * matters). Truncated to microseconds, the columns' precision, so neither database rounds.
     */
    static Argument timestamp(Instant instant) {
        OffsetDateTime value = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** As {@link #timestamp(Instant)}, binding SQL NULL for a {@code null} instant. */
    static Argument nullableTimestamp(Instant instant) {
        if (instant != null) return timestamp(instant);
        return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The instant in a nullable timestamp column, or {@code null}. */
    static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The value of a nullable integer column, or {@code null} (not JDBC's 0). */
    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * A LIKE pattern for "contains {@code pattern}", where {@code *} matches any one character;
     * {@code %}, {@code _} and the escape character match themselves. Use with
     * {@code LIKE :p ESCAPE '!'}.
     */
    static String containsLike(String pattern) {
        StringBuilder like = new StringBuilder("%");
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> like.append('_');
                case '%', '_', LIKE_ESCAPE -> like.append(LIKE_ESCAPE).append(c);
                default -> like.append(c);
            }
        }
        return like.append('%').toString();
    }

    /** {@code INSERT INTO table (a, b) VALUES (:a, :b)}; {@code columns} is separated by ", ". */
    static String insert(String table, String columns) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (:" + columns.replace(", ", ", :") + ")";
    }

    /**
     * Runs one INSERT or UPDATE, returning the affected row count; a unique-key violation becomes
     * the {@link DuplicateKeyException} {@code duplicate} makes (called after the failed statement).
     */
    static int write(Jdbi jdbi, String sql, Consumer<Update> binder, Supplier<DuplicateKeyException> duplicate) {
        try {
            return jdbi.withHandle(h -> {
                Update update = h.createUpdate(sql);
                binder.accept(update);
                return update.execute();
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                DuplicateKeyException dke = duplicate.get();
                dke.initCause(e);
                throw dke;
            }
            throw e;
        }
    }

    /** A checked JDBC failure as Jdbi's unchecked statement exception (the cause, with its SQLSTATE, is kept). */
    static RuntimeException unchecked(SQLException e) {
        return new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
    }

    /** JDBC work that answers a value. */
    @FunctionalInterface
    interface JdbcWork<T> {
        T run() throws SQLException;
    }

    /** Runs plain-JDBC work, rethrowing a {@link SQLException} unchecked. */
    static <T> T run(JdbcWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw unchecked(e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) return true;
        }
        return false;
    }
}
