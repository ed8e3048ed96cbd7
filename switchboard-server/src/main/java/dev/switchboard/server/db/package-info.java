/**
 * JDBC implementations of the core store ports (Jdbi over a HikariCP pool, schema by Flyway from
 * {@code db/migration}), for PostgreSQL and embedded H2 alike: one SQL dialect, one set of
 * migrations. Only this package imports JDBC, Jdbi, HikariCP or Flyway; it may not import the
 * REST, SIP or media packages. Database failures other than {@code DuplicateKeyException} surface
 * as Jdbi's unchecked {@code JdbiException}.
 */
package dev.switchboard.server.db;
