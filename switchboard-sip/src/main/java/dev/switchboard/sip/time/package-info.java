/**
 * Time as a port for the SIP stack: {@link dev.switchboard.sip.time.SipScheduler} schedules the RFC 3261
 * timers and reads the clock (nonce lifetimes, session timers), so tests drive a fake scheduler and run in
 * milliseconds. JDK only; the only wall-clock reads are inside {@link dev.switchboard.sip.time.ExecutorSipScheduler}.
 */
package dev.switchboard.sip.time;
