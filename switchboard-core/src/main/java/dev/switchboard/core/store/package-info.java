/**
 * Store ports, each with an in-memory twin here and JDBC implementations in the server; one
 * contract test suite (in switchboard-testing) runs against every implementation. JDK only: no
 * JDBC, HTTP or logging imports.
 *
 * <p>Semantics every implementation shares (the contract suite checks them):
 * <ul>
 *   <li>Lists are oldest first, in insertion order, except calls, which Twilio lists newest
 *       first ({@link dev.switchboard.core.store.CallStore}: reverse insertion order); either way
 *       an update keeps a row's place.</li>
 *   <li>{@link dev.switchboard.core.store.PageRequest#afterSid()} starts strictly after that row
 *       in the list's order, which must be in the list's account scope (filters aside); an
 *       unknown SID gives an empty page. Otherwise the page starts at {@code page * pageSize}. {@code hasMore} is true iff a
 *       further row exists.</li>
 *   <li>{@code update} and {@code delete} match only a row of the same account and return false
 *       when nothing matched; nothing is half-written.</li>
 *   <li>A colliding SID or phone number is a {@link dev.switchboard.core.store.DuplicateKeyException};
 *       a missing required field is a {@link java.lang.NullPointerException}
 *       (see {@link dev.switchboard.core.store.RequiredFields}).</li>
 *   <li>Instants round-trip to the microsecond at least (the JDBC stores drop nanoseconds).</li>
 * </ul>
 */
package dev.switchboard.core.store;
