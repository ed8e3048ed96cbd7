package dev.switchboard.server.calls;

import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call's background sends in order, one at a time, on a virtual thread that exists only
 * while there is something to send: an idle call (parked in a long {@code <Pause>}) holds no
 * thread for its callbacks. {@link LiveCalls} counts the sends still queued or running, so a
 * shutdown can wait for a call's last callback. Thread-safe.
 */
final class SerialSender {
    private static final Logger LOG = LoggerFactory.getLogger(SerialSender.class);
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final LiveCalls live;
    private boolean draining;

    SerialSender(LiveCalls live) { this.live = live; }

    void execute(Runnable send) {
        live.sendQueued();
        synchronized (this) {
            queue.addLast(send);
            if (draining) return;
            draining = true;
        }
        Thread.ofVirtual().name("status-callback").start(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.warn("a status callback send failed unexpectedly", e);
            } finally {
                live.sendDone();
            }
        }
    }
}
