package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Pause;

/** {@code <Pause>}: silence for {@code length} on the clock; a control input cuts it short (spec §3.4). */
final class PauseExecutor {
    Outcome execute(Pause pause, VerbContext ctx) {
        return Playback.untilEnd(ctx, pause.length(), false).orElse(Outcome.CONTINUE);
    }
}
