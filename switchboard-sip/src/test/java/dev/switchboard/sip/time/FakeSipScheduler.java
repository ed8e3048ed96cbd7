package dev.switchboard.sip.time;

import java.time.Duration;
import java.util.PriorityQueue;

/** A scheduler whose time moves only when the test calls {@link #advance}; tasks run on the test's thread. */
public final class FakeSipScheduler implements SipScheduler {
  private record Task(long due, long seq, Runnable body, boolean[] cancelled) {}

  private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) ->
      a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private long now;
  private long seq;

  @Override public synchronized Scheduled schedule(Duration delay, Runnable task) {
    boolean[] cancelled = {false};
    tasks.add(new Task(now + delay.toMillis(), seq++, task, cancelled));
    return () -> cancelled[0] = true;
  }

  @Override public synchronized long nowMillis() {
    return now;
  }

  /** Moves time forward, running every task that falls due, in order, at its own time. */
  public void advance(Duration by) {
    long target;
    synchronized (this) {
      target = now + by.toMillis();
    }
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.peek();
        if (next == null || next.due > target) {
          now = target;
          return;
        }
        tasks.poll();
        now = next.due;
      }
      if (!next.cancelled[0]) {
        next.body.run();
      }
    }
  }

  public void advanceMillis(long millis) {
    advance(Duration.ofMillis(millis));
  }

  /** Tasks still waiting (cancelled ones included). */
  public synchronized int pending() {
    return (int) tasks.stream().filter(t -> !t.cancelled[0]).count();
  }
}
