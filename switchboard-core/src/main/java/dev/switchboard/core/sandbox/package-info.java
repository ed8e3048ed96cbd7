/**
 * The sandbox's simulated telephone network: every number no account owns is a
 * {@link dev.switchboard.core.sandbox.SimulatedPhone} scripted by a
 * {@link dev.switchboard.core.sandbox.PhoneBehaviour} (answer after N s, busy, no-answer, failed,
 * machine/fax for AnsweredBy, scripted presses and hang-up). Phones record what they heard as
 * {@link dev.switchboard.core.sandbox.HeardEvent}s; the
 * {@link dev.switchboard.core.sandbox.SimulatedPhoneNetwork} implements the
 * {@link dev.switchboard.core.call.PhoneNetwork} port and indexes phones by CallSid for the admin
 * API (built in the server on top of these classes). All time goes through the
 * {@link dev.switchboard.core.time.CallClock}; helper threads join it via
 * {@code startParticipant}. JDK only: no HTTP, JDBC, JSON or logging imports.
 */
package dev.switchboard.core.sandbox;
