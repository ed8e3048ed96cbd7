package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Reject;

/** {@code <Reject>}: refuse the call without answering it (spec §3.8); the loop applies the status. */
final class RejectExecutor {
    Outcome execute(Reject reject, VerbContext ctx) {
        return new Outcome.Rejected(reject.reason().wireValue(), HangupExecutor.toMap(reject.parameters()));
    }
}
