package dev.switchboard.core.interpreter;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.twiml.Verb;

/**
 * {@code <Enqueue>}, {@code <Leave>}, {@code <Start>}, {@code <Stop>}, {@code <Connect>},
 * {@code <Echo>}: not executed yet. Says so honestly with a warning event and continues with the
 * next verb (see docs/twiml-support-matrix.md).
 */
final class UnsupportedVerbExecutor {
    Outcome execute(Verb verb, VerbContext ctx) {
        TwilioError error = TwilioError.VERB_NOT_YET_SUPPORTED;
        String name = verb.getClass().getSimpleName();
        ctx.events().record(new CallEvent.WarningRaised(error.code(), error.template().formatted(name)));
        return Outcome.CONTINUE;
    }
}
