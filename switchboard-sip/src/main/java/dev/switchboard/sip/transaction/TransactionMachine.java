package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.SipTransportException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a {@link StateTable}: events are queued and processed one at a time under the transaction's lock, timer
 * actions are applied here, the other steps by the subclass. TU callbacks are collected during processing and
 * run after the lock is released, so a TU may call back into any transaction without deadlock. A timer that
 * fires after it was stopped or restarted is recognised by its token and ignored.
 */
abstract class TransactionMachine<S extends Enum<S>> {
  protected final TransactionContext context;
  protected final Peer peer;
  private final StateTable<S> table;
  private final S terminated;
  private final Runnable onTerminated;
  private final boolean reliable;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Object[]> queue = new ArrayDeque<>();
  private final Map<TimerName, Object> tokens = new EnumMap<>(TimerName.class);
  private final Map<TimerName, SipScheduler.Scheduled> handles = new EnumMap<>(TimerName.class);
  private final Map<TimerName, Duration> intervals = new EnumMap<>(TimerName.class);
  private S state;

  TransactionMachine(TransactionContext context, Peer peer, StateTable<S> table, S initial, S terminated,
      Runnable onTerminated) {
    this.context = context;
    this.peer = peer;
    this.table = table;
    this.state = initial;
    this.terminated = terminated;
    this.onTerminated = onTerminated;
    this.reliable = peer.transport().reliable();
  }

  /** Performs one non-timer step; TU calls go into {@code after}. */
  protected abstract void perform(Action.Step step, SipMessage message, List<Runnable> after);

  /** Processes an event; false when the table has no arrow for it in the current state (absorbed). */
  final boolean fire(Event event, SipMessage message) {
    List<Runnable> after = new ArrayList<>(2);
    boolean handled;
    lock.lock();
    try {
      handled = process(event, message, after);
    } finally {
      lock.unlock();
    }
    after.forEach(Runnable::run);
    return handled;
  }

  private boolean process(Event first, SipMessage firstMessage, List<Runnable> after) {
    boolean draining = !queue.isEmpty();
    Optional<StateTable.Transition<S>> arrow = table.find(state, first);
    if (arrow.isEmpty()) {
      return false;
    }
    queue.add(new Object[] {first, firstMessage});
    if (draining) {
      return true;   // a nested event (zero timer, transport error) runs after the current transition
    }
    while (!queue.isEmpty()) {
      Object[] next = queue.peek();
      Optional<StateTable.Transition<S>> t = table.find(state, (Event) next[0]);
      if (t.isPresent()) {
        S from = state;
        state = t.get().next();
        for (Action action : t.get().actions()) {
          apply(action, (SipMessage) next[1], after);
        }
        if (state == terminated && from != terminated) {
          handles.values().forEach(SipScheduler.Scheduled::cancel);
          handles.clear();
          tokens.clear();
          after.add(onTerminated);
        }
      }
      queue.poll();
    }
    return true;
  }

  private void apply(Action action, SipMessage message, List<Runnable> after) {
    switch (action) {
      case Action.Start s -> startTimer(s.timer(), context.timers().initial(s.timer(), reliable));
      case Action.Backoff b -> startTimer(b.timer(), context.timers().next(b.timer(), intervals.get(b.timer())));
      case Action.AtT2 t -> startTimer(t.timer(), context.timers().t2());
      case Action.Stop s -> stopTimer(s.timer());
      case Action.Step step -> perform(step, message, after);
    }
  }

  private void startTimer(TimerName timer, Duration delay) {
    if (timer.retransmits() && reliable) {
      return;
    }
    stopTimer(timer);
    intervals.put(timer, delay);
    if (delay.isZero()) {
      queue.add(new Object[] {timer.event(), null});
      return;
    }
    Object token = new Object();
    tokens.put(timer, token);
    handles.put(timer, context.scheduler().schedule(delay, () -> timerFired(timer, token)));
  }

  private void stopTimer(TimerName timer) {
    tokens.remove(timer);
    SipScheduler.Scheduled handle = handles.remove(timer);
    if (handle != null) {
      handle.cancel();
    }
  }

  private void timerFired(TimerName timer, Object token) {
    lock.lock();
    try {
      if (tokens.get(timer) != token) {
        return;
      }
      tokens.remove(timer);
      handles.remove(timer);
    } finally {
      lock.unlock();
    }
    fire(timer.event(), null);
  }

  /** Sends through the transport; a failure becomes a TRANSPORT_ERROR event after the current transition. */
  protected final void send(SipMessage message) {
    try {
      context.sender().send(message, peer);
    } catch (SipTransportException e) {
      queue.add(new Object[] {Event.TRANSPORT_ERROR, null});
    }
  }

  public final String stateName() {
    lock.lock();
    try {
      return state.name();
    } finally {
      lock.unlock();
    }
  }

  final S state() {
    return state;
  }

  final ReentrantLock lock() {
    return lock;
  }

  public final Peer peer() {
    return peer;
  }
}
