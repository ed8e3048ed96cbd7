/**
 * Time as a port: {@link dev.switchboard.core.time.CallClock} with {@link dev.switchboard.core.time.Inbox}
 * mailboxes, and the virtual clock that skips idle time. JDK only; no wall-clock reads here.
 */
package dev.switchboard.core.time;
