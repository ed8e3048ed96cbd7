package dev.switchboard.sip.time;

import java.time.Duration;

/**
 * Schedules one-shot tasks and tells the time: the one clock of the SIP stack. Implementations must not run a
 * task on the calling thread of {@link #schedule} and must tolerate {@link Scheduled#cancel()} racing the task;
 * the stack checks, under its own lock, that a firing timer is still the current one.
 */
public interface SipScheduler {
  /** Runs {@code task} once after {@code delay}. Never blocks. */
  Scheduled schedule(Duration delay, Runnable task);

  /** Milliseconds on this scheduler's clock (monotonic for the fake; epoch millis for the executor). */
  long nowMillis();

  /** A scheduled task. */
  interface Scheduled {
    /** Stops the task if it has not started; harmless after it ran. */
    void cancel();
  }
}
