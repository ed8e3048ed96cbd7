package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.Dial;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two connected legs, held until one ends. The caller's inputs arrive in the parent call's inbox;
 * the dialed party's (its hang-up) in the child's, which a small watcher forwards as a wake-up.
 * Ends on: the dialed party hanging up, the caller hanging up or a REST redirect/complete (answered
 * as the caller's input), {@code *} with {@code hangupOnStar}, or the Dial's {@code timeLimit}.
 */
final class Bridge {
    private final CallClock clock;
    private final Inbox<CallInput> caller;
    private final Inbox<CallInput> child;
    private final Dial dial;

    Bridge(CallClock clock, Inbox<CallInput> caller, Inbox<CallInput> child, Dial dial) {
        this.clock = clock;
        this.caller = caller;
        this.child = child;
        this.dial = dial;
    }

    /** Blocks until the bridge ends; answers the caller's control input if that is what ended it. */
    Optional<CallInput.Control> await(CallLeg childLeg) {
        AtomicBoolean childGone = new AtomicBoolean();
        Inbox<Boolean> stopWatcher = new Inbox<>();
        Inbox<CallInput> wake = caller;
        clock.startParticipant(() -> {
            while (true) {
                Optional<CallInput> in = clock.poll(child, Duration.ofDays(1));
                if (!stopWatcher.isEmpty()) return;
                if (in.isPresent() && in.get() instanceof CallInput.RemoteHangup) {
                    childGone.set(true);
                    wake.offer(new CallInput.Digit(WAKE));
                    return;
                }
                if (in.isPresent() && in.get() instanceof CallInput.Complete) return;
            }
        });
        Instant deadline = clock.now().plus(dial.timeLimit());
        try {
            while (true) {
                Duration left = Duration.between(clock.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    childLeg.hangup();
                    return Optional.empty();
                }
                Optional<CallInput> in = clock.poll(caller, left);
                if (childGone.get()) return Optional.empty();
                if (in.isEmpty()) continue;
                switch (in.get()) {
                    case CallInput.Control c -> {
                        childLeg.hangup();
                        return Optional.of(c);
                    }
                    case CallInput.Digit d when d.key() == '*' && dial.hangupOnStar() -> {
                        childLeg.hangup();
                        return Optional.empty();
                    }
                    case CallInput.Digit d -> { /* other keys are heard by the other party only */ }
                }
            }
        } finally {
            stopWatcher.offer(true);
            child.offer(new CallInput.Complete());
            caller.takeFirst(i -> i instanceof CallInput.Digit d && d.key() == WAKE);
        }
    }

    /** A digit no keypad sends, used only to wake the bridge when the dialed party hangs up. */
    static final char WAKE = '\u0000';
}
