package dev.switchboard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.time.VirtualCallClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A virtual clock, a network on it, one call's inbox; {@link #onCall} runs a body as the call's thread. */
final class SandboxHarness {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String CALL = "CA00000000000000000000000000000001";
    static final String ACCOUNT = "AC00000000000000000000000000000001";
    static final String BASE = "https://switchboard.example.com";

    final VirtualCallClock clock = new VirtualCallClock(T0);
    final SimulatedPhoneNetwork network = new SimulatedPhoneNetwork(clock, BASE, callSid -> ACCOUNT);
    final Inbox<CallInput> inbox = new Inbox<>();

    /**
     * Runs {@code body} on a clock participant thread (the call's) and waits for it; fails if it
     * does not finish in 5 s of wall time, which is what a leaked participant or lost wake-up looks like.
     */
    void onCall(Runnable body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = clock.startParticipant(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(t.isAlive()).as("call thread finished (clock not stuck)").isFalse();
        if (failure.get() instanceof Error e) throw e;
        if (failure.get() instanceof RuntimeException e) throw e;
    }

    /** Waits for the next input up to {@code timeout}, on the clock; the caller must be a participant. */
    CallInput next(Duration timeout) {
        return clock.poll(inbox, timeout).orElseThrow(() -> new AssertionError("no input within " + timeout));
    }

    /** Everything in the inbox now. */
    List<CallInput> drain() {
        List<CallInput> all = new ArrayList<>();
        for (var in = inbox.take(); in.isPresent(); in = inbox.take()) all.add(in.get());
        return all;
    }

    Instant at(double seconds) { return T0.plusMillis(Math.round(seconds * 1000)); }
}
