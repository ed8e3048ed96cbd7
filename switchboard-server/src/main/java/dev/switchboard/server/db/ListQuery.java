package dev.switchboard.server.db;

import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of a list, oldest first by the table's {@code seq} column (insertion order, stable for
 * equal timestamps), or newest first after {@link #newestFirst()}. Keyset paging resolves
 * {@code afterSid} inside the account scope only, so a row renamed since the previous page still
 * anchors the next one, and a SID that is unknown or from another account gives an empty page (its
 * {@code seq} is NULL, and {@code seq > NULL} or {@code seq < NULL} holds for no row). Otherwise
 * pages by offset. Fetches one row more than the page to learn {@code hasMore}.
 */
final class ListQuery {
    private final String table;
    private final String columns;
    private final String scope;
    private final List<String> filters = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();
    private boolean newestFirst;

    /**
     * @param scope a condition on unqualified columns; inside the keyset subquery the same names
     *              resolve to the subquery's own row, which is what scopes {@code afterSid}
     */
    ListQuery(String table, String columns, String scope) {
        this.table = table;
        this.columns = columns;
        this.scope = scope;
    }

    ListQuery bind(String name, Object value) {
        binds.put(name, value);
        return this;
    }

    ListQuery filter(String condition, String name, Object value) {
        filters.add(condition);
        return bind(name, value);
    }

    /** Lists by descending {@code seq}; {@code afterSid} then continues with older rows. */
    ListQuery newestFirst() {
        newestFirst = true;
        return this;
    }

    <T> Page<T> fetch(Jdbi jdbi, RowMapper<T> mapper, PageRequest request) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(table)
                .append(" WHERE ").append(scope);
        filters.forEach(f -> sql.append(" AND ").append(f));
        if (request.afterSid().isPresent()) {
            sql.append(newestFirst ? " AND seq < (SELECT seq FROM " : " AND seq > (SELECT seq FROM ").append(table)
                    .append(" WHERE sid = :after_sid AND ").append(scope).append(')');
        }
        sql.append(newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq").append(" LIMIT :limit OFFSET :offset");
        long offset = request.afterSid().isPresent() ? 0 : (long) request.page() * request.pageSize();
        List<T> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            binds.forEach(query::bind);
            request.afterSid().ifPresent(sid -> query.bind("after_sid", sid));
            return query.bind("limit", request.pageSize() + 1).bind("offset", offset).map(mapper).list();
        });
        boolean hasMore = rows.size() > request.pageSize();
        return new Page<>(hasMore ? rows.subList(0, request.pageSize()) : rows, hasMore);
    }
}
