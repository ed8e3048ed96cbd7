package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls running on this node, by SID, with the inbox their thread reads: REST updates, the
 * sandbox admin API and other legs act on a live call only by offering it an input.
 */
public final class LiveCalls {
    private final Map<String, Inbox<CallInput>> inboxes = new ConcurrentHashMap<>();
    private final int max;

    /** {@code max}: new calls refused once this many run here ({@link #admit}). */
    public LiveCalls(int max) { this.max = max; }

    public LiveCalls() { this(dev.switchboard.server.config.CallConfig.DEFAULT_MAX_LIVE_CALLS); }

    /**
     * Throws 20429 (HTTP 429) when this node already runs its maximum of calls; called before a new
     * call's record is written, so a refused call leaves nothing behind. Legs of calls already
     * running (Dial children) are not refused: a caller mid-call keeps working.
     */
    void admit() {
        if (inboxes.size() >= max) {
            throw new dev.switchboard.core.error.TwilioException(dev.switchboard.core.error.TwilioError.TOO_MANY_REQUESTS,
                    max + " calls are live on this node (--max-live-calls)");
        }
    }
    /** Status callbacks queued or being sent (a call's last callback may outlive its thread). */
    private final java.util.concurrent.atomic.AtomicInteger sends = new java.util.concurrent.atomic.AtomicInteger();

    void sendQueued() { sends.incrementAndGet(); }

    void sendDone() { sends.decrementAndGet(); }

    /** Status callbacks queued or in flight. */
    public int pendingCallbacks() { return sends.get(); }

    Inbox<CallInput> register(String callSid) {
        Inbox<CallInput> inbox = new Inbox<>();
        inboxes.put(callSid, inbox);
        return inbox;
    }

    void remove(String callSid) { inboxes.remove(callSid); }

    /** Offers an input to a live call; false when the call is not running here. */
    public boolean offer(String callSid, CallInput input) {
        Inbox<CallInput> inbox = inboxes.get(callSid);
        if (inbox == null) return false;
        inbox.offer(input);
        return true;
    }

    public boolean isLive(String callSid) { return inboxes.containsKey(callSid); }

    public Optional<Inbox<CallInput>> inbox(String callSid) { return Optional.ofNullable(inboxes.get(callSid)); }

    public int size() { return inboxes.size(); }

    /**
     * Shutting down: every live call is ended as REST {@code Status=completed} would end it (a ringing
     * or queued call is canceled), then this waits up to {@code patience} for their threads to record
     * the end and for their last status callbacks to be sent. Answers whether every call ended in time.
     */
    public boolean endAll(Duration patience) {
        inboxes.values().forEach(inbox -> inbox.offer(new CallInput.Complete()));
        long deadline = System.nanoTime() + patience.toNanos();
        while (!inboxes.isEmpty() || sends.get() > 0) {
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
