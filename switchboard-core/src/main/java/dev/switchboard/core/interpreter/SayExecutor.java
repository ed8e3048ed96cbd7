package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Say;
import java.time.Duration;
import java.util.Optional;

/** {@code <Say>}: speak, {@code loop} times (0 = until hang-up, capped), then continue (spec §3.2). */
final class SayExecutor {
    Outcome execute(Say say, VerbContext ctx) {
        for (int i = 0; i < Playback.rounds(say.loop()); i++) {
            Optional<Outcome> interrupted = Playback.untilEnd(ctx, start(say, ctx), true);
            if (interrupted.isPresent()) return interrupted.get();
        }
        return Outcome.CONTINUE;
    }

    static Duration start(Say say, VerbContext ctx) {
        return ctx.leg().say(say.text(), say.voice(), say.language());
    }
}
