package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * While a Dial's child leg rings, watches the caller: a caller hang-up or REST update
 * ({@link CallInput.Control}) is passed to the ringing leg as {@link CallInput.Complete}, so a
 * network that listens to its leg's inbox (Voice SDK devices) stops ringing and cancels. Digits
 * pressed while it rings go nowhere, as on Twilio. {@link #close()} stops the watch and answers
 * the caller's control input, if one ended the ringing: the Dial hands it back to the caller's
 * interpreter ({@code DialOutcome.endedByCaller}).
 */
final class RingingCallerWatch implements AutoCloseable {
    private final Inbox<CallInput> caller;
    private final Inbox<Boolean> stop = new Inbox<>();
    private final AtomicReference<CallInput.Control> taken = new AtomicReference<>();
    private final Thread watcher;

    private RingingCallerWatch(CallClock clock, Inbox<CallInput> caller, Inbox<CallInput> ringingLeg) {
        this.caller = caller;
        this.watcher = clock.startParticipant(() -> {
            while (true) {
                Optional<CallInput> in = clock.poll(caller, Duration.ofDays(1));
                if (in.isPresent() && in.get() instanceof CallInput.Control c) {
                    taken.set(c);
                    if (stop.isEmpty()) ringingLeg.offer(new CallInput.Complete());
                    return;
                }
                if (!stop.isEmpty()) return;
            }
        });
    }

    static RingingCallerWatch start(CallClock clock, Inbox<CallInput> caller, Inbox<CallInput> ringingLeg) {
        return new RingingCallerWatch(clock, caller, ringingLeg);
    }

    /** The caller's control input taken while the leg rang, if any. */
    Optional<CallInput.Control> callerInput() { return Optional.ofNullable(taken.get()); }

    @Override
    public void close() {
        stop.offer(true);
        if (taken.get() == null) caller.offer(new CallInput.Digit(Bridge.WAKE));
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        caller.takeFirst(i -> i instanceof CallInput.Digit d && d.key() == Bridge.WAKE);
    }
}
