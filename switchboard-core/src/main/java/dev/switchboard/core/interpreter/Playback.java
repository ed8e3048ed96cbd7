package dev.switchboard.core.interpreter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Waits out a prompt (or a silence) on the clock while watching the call's inbox. */
final class Playback {
    /** {@code loop="0"} means "until hang-up" (spec §3.2, §3.3); we stop after this many rounds. */
    static final int MAX_LOOPS = 1000;

    private Playback() {}

    static int rounds(int loop) {
        return loop == 0 ? MAX_LOOPS : loop;
    }

    /**
     * Blocks for {@code length} or until input interrupts. A control input always interrupts; a
     * digit interrupts only when {@code digitsInterrupt} (Gather barge-in), otherwise it goes to
     * {@code keep} (or is dropped: DTMF outside Gather/Record means nothing). When {@code media}
     * plays, an interruption stops it. Answers the interrupting input, empty when the time ran out.
     */
    static Optional<CallInput> hold(VerbContext ctx, Duration length, boolean media,
                                    boolean digitsInterrupt, List<Character> keep) {
        Instant end = ctx.clock().now().plus(length);
        while (true) {
            Duration left = Duration.between(ctx.clock().now(), end);
            if (left.isNegative() || left.isZero()) {
                return Optional.empty();
            }
            Optional<CallInput> in = ctx.clock().poll(ctx.inputs(), left);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            if (in.get() instanceof CallInput.Digit d && !digitsInterrupt) {
                if (keep != null) keep.add(d.key());
                continue;
            }
            if (media) ctx.leg().stopMedia();
            return in;
        }
    }

    /** {@link #hold} where digits never interrupt: answers the control input that did, if any. */
    static Optional<Outcome> untilEnd(VerbContext ctx, Duration length, boolean media) {
        return hold(ctx, length, media, false, null)
                .map(in -> new Outcome.Interrupted((CallInput.Control) in));
    }
}
