/**
 * Usage as records: the ledger entry {@link dev.switchboard.core.usage.UsageEvent} the call engine
 * writes when it bills something, the {@link dev.switchboard.core.usage.UsageCategory} table of
 * what Switchboard meters, and the per-category sums ({@link dev.switchboard.core.usage.UsageTotal})
 * Twilio's Usage Records are built from. JDK only: no HTTP, JDBC, JSON or logging imports.
 */
package dev.switchboard.core.usage;
