/**
 * The store contract: one JUnit 5 suite every {@code Stores} implementation must pass (in-memory,
 * embedded H2, PostgreSQL). Main sources so any module's tests can extend {@link
 * dev.switchboard.testing.store.StoreContract} or a single-store contract. Imports the core, JUnit
 * and AssertJ only; never a server or JDBC class.
 */
package dev.switchboard.testing.store;
