package dev.switchboard.core.interpreter;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.twiml.Play;
import java.time.Duration;
import java.util.Optional;

/** {@code <Play>}: play audio or DTMF (digits win when both are given), {@code loop} times (spec §3.3). */
final class PlayExecutor {
    Outcome execute(Play play, VerbContext ctx) {
        for (int i = 0; i < Playback.rounds(play.loop()); i++) {
            Optional<Duration> length = startOrWarn(play, ctx, false);
            if (length.isEmpty()) return Outcome.CONTINUE;
            Optional<Outcome> interrupted = Playback.untilEnd(ctx, length.get(), true);
            if (interrupted.isPresent()) return interrupted.get();
        }
        return Outcome.CONTINUE;
    }

    /**
     * {@link #start}, or empty when the leg cannot play it: then the warning is recorded (13420, or
     * 13325 inside {@code <Gather>}, or 11200) and the verb is over, as on Twilio.
     */
    static Optional<Duration> startOrWarn(Play play, VerbContext ctx, boolean inGather) {
        try {
            return Optional.of(start(play, ctx));
        } catch (PromptUnavailableException e) {
            TwilioError error = inGather && e.error() == TwilioError.PLAY_INVALID_CONTENT_TYPE
                    ? TwilioError.GATHER_PLAY_INVALID_CONTENT_TYPE : e.error();
            String message = error == e.error() ? e.getMessage()
                    : e.getMessage().replaceFirst("^Play:", "Gather->Play:");
            ctx.events().record(new CallEvent.WarningRaised(error.code(), message));
            return Optional.empty();
        }
    }

    static Duration start(Play play, VerbContext ctx) {
        if (play.digits().isPresent()) return ctx.leg().playDigits(play.digits().get());
        return ctx.leg().play(ctx.resolve(play.url().orElseThrow()));
    }
}
