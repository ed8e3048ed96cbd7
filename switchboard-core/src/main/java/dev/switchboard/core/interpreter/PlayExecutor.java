package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Play;
import java.time.Duration;
import java.util.Optional;

/** {@code <Play>}: play audio or DTMF (digits win when both are given), {@code loop} times (spec §3.3). */
final class PlayExecutor {
    Outcome execute(Play play, VerbContext ctx) {
        for (int i = 0; i < Playback.rounds(play.loop()); i++) {
            Optional<Outcome> interrupted = Playback.untilEnd(ctx, start(play, ctx), true);
            if (interrupted.isPresent()) return interrupted.get();
        }
        return Outcome.CONTINUE;
    }

    static Duration start(Play play, VerbContext ctx) {
        if (play.digits().isPresent()) return ctx.leg().playDigits(play.digits().get());
        return ctx.leg().play(ctx.resolve(play.url().orElseThrow()));
    }
}
