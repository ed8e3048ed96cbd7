package dev.switchboard.server.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A table's columns in a fixed order with their SQL types, for plain-JDBC batch writes (the group
 * commit path skips Jdbi's per-statement binding, which cost as much as the database itself).
 * Values are given in the same order; {@code null} binds SQL NULL of the column's type; an
 * {@link Instant} binds a UTC {@link OffsetDateTime} truncated to microseconds, as {@link Sql#timestamp}.
 */
record Rows(String table, String[] names, int[] types) {
    /** A column list as {@code "name TYPE, …"} pairs: {@code "sid", Types.VARCHAR, …}. */
    static Rows of(String table, Object... nameTypePairs) {
        String[] names = new String[nameTypePairs.length / 2];
        int[] types = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) nameTypePairs[2 * i];
            types[i] = (Integer) nameTypePairs[2 * i + 1];
        }
        return new Rows(table, names, types);
    }

    /** {@code "a, b, c"}. */
    String columns() { return String.join(", ", names); }

    String insertSql() {
        return "INSERT INTO " + table + " (" + columns() + ") VALUES ("
                + Arrays.stream(names).map(n -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** {@code UPDATE table SET every column but the keys = ? WHERE key1 = ? AND …}; bind with {@link #bindUpdate}. */
    String updateSql(String... keys) {
        var keySet = java.util.Set.of(keys);
        String set = Arrays.stream(names).filter(n -> !keySet.contains(n)).map(n -> n + " = ?").collect(Collectors.joining(", "));
        String where = Arrays.stream(keys).map(k -> k + " = ?").collect(Collectors.joining(" AND "));
        return "UPDATE " + table + " SET " + set + " WHERE " + where;
    }

    void bindInsert(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < names.length; i++) bind(ps, i + 1, types[i], values[i]);
    }

    void bindUpdate(PreparedStatement ps, Object[] values, String... keys) throws SQLException {
        bindUpdate(ps, values, 0, keys);
    }

    /**
     * As {@link #bindUpdate(PreparedStatement, Object[], String...)} for an {@link #updateSql} to which the
     * caller added {@code gap} parameters of its own between the SET list and the WHERE clause; answers
     * the position of the first of them, for the caller to bind.
     */
    int bindUpdate(PreparedStatement ps, Object[] values, int gap, String... keys) throws SQLException {
        var keySet = java.util.Set.of(keys);
        int p = 1;
        for (int i = 0; i < names.length; i++) if (!keySet.contains(names[i])) bind(ps, p++, types[i], values[i]);
        int first = p;
        p += gap;
        for (String k : keys) {
            int i = Arrays.asList(names).indexOf(k);
            bind(ps, p++, types[i], values[i]);
        }
        return first;
    }

    private static void bind(PreparedStatement ps, int position, int type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(position, type);
        } else if (value instanceof Instant instant) {
            ps.setObject(position, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else {
            ps.setObject(position, value, type);
        }
    }

    static final int TEXT = Types.VARCHAR;
    static final int INT = Types.INTEGER;
    static final int LONG = Types.BIGINT;
    static final int BOOL = Types.BOOLEAN;
    static final int TIME = Types.TIMESTAMP_WITH_TIMEZONE;
}
