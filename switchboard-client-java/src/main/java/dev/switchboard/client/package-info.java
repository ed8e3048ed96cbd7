/**
 * A Java client for Switchboard's Voice SDK signalling ({@code /signal}, docs/client-signalling.md):
 * {@link dev.switchboard.client.Device} registers, is rung, places calls, reconnects on its own (also when
 * its socket falls silent) and takes new tokens; its {@link dev.switchboard.client.DeviceOptions} bound the
 * waits and {@link dev.switchboard.client.DeviceState} tells where it stands;
 * {@link dev.switchboard.client.Call} and {@link dev.switchboard.client.IncomingCall} report
 * {@link dev.switchboard.client.CallEvent}s named after the Voice JS SDK's. Signalling only, no media.
 *
 * <p>May import the JDK and Jackson only: applications embed it, so it brings nothing else (and
 * nothing of Switchboard's own modules).
 */
package dev.switchboard.client;
