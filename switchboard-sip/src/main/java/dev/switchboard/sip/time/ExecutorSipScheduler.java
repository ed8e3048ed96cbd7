package dev.switchboard.sip.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real scheduler: one daemon timer thread that hands each due task to a new virtual thread, so a task that
 * blocks (a TCP send) never delays other timers. Reads {@link System#currentTimeMillis()}.
 */
public final class ExecutorSipScheduler implements SipScheduler, AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sip-timers");
    t.setDaemon(true);
    return t;
  });

  @Override public Scheduled schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> future = timer.schedule(() -> Thread.startVirtualThread(task), delay.toNanos(),
        TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override public long nowMillis() {
    return System.currentTimeMillis();
  }

  @Override public void close() {
    timer.shutdownNow();
  }
}
