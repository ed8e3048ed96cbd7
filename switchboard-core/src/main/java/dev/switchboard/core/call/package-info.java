/**
 * Calls as records: the persistent {@link dev.switchboard.core.call.Call} (one row of Twilio's
 * Call resource), its {@link dev.switchboard.core.call.CallStatus} and
 * {@link dev.switchboard.core.call.CallDirection} as Twilio spells them on the wire, and the
 * {@link dev.switchboard.core.call.CallFilter} of the Calls list. JDK only: no HTTP, JDBC, JSON or
 * logging imports.
 */
package dev.switchboard.core.call;
