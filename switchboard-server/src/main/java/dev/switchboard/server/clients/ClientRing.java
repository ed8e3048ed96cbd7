package dev.switchboard.server.clients;

import dev.switchboard.core.time.Inbox;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One call ringing every device of an identity: the first {@code answer} wins and the others get
 * {@code cancel}; when every device has rejected (or dropped), the ring settles as rejected.
 * Thread-safe; the ringing call waits on {@link #settled}.
 */
final class ClientRing {
    sealed interface Settled {
        record Answered(SignalConnection device) implements Settled {}
        record Rejected() implements Settled {}
    }

    final String callSid;
    final Inbox<Settled> settled = new Inbox<>();
    private final List<SignalConnection> devices;
    private final Set<SignalConnection> rejected = new HashSet<>();
    private SignalConnection winner;
    private boolean closed;

    private final Runnable onSettled;

    /** {@code onSettled} runs once the ring settles (it wakes the ringing call's thread). */
    ClientRing(String callSid, List<SignalConnection> devices, Runnable onSettled) {
        this.callSid = callSid;
        this.devices = List.copyOf(devices);
        this.onSettled = onSettled;
    }

    List<SignalConnection> devices() { return devices; }

    /** Answers whether {@code device} won the call. */
    boolean answer(SignalConnection device) {
        List<SignalConnection> losers;
        synchronized (this) {
            if (closed || winner != null || !devices.contains(device)) return false;
            winner = device;
            losers = devices.stream().filter(d -> d != device).toList();
        }
        for (SignalConnection d : losers) d.cancelled(this);
        settled.offer(new Settled.Answered(device));
        onSettled.run();
        return true;
    }

    void reject(SignalConnection device) {
        synchronized (this) {
            if (closed || winner != null || !devices.contains(device)) return;
            rejected.add(device);
            if (rejected.size() < devices.size()) return;
            closed = true;
        }
        settled.offer(new Settled.Rejected());
        onSettled.run();
    }

    /** The caller stopped ringing: cancels every device unless one won meanwhile (then answers it). */
    Optional<SignalConnection> close() {
        synchronized (this) {
            if (winner != null) return Optional.of(winner);
            closed = true;
        }
        for (SignalConnection d : devices) d.cancelled(this);
        return Optional.empty();
    }
}
