package dev.switchboard.core.interpreter;

import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.Dial;

/**
 * Port: connects the caller to a {@code <Dial>}'s nouns (creates child calls, joins a conference,
 * runs a {@code <Dial><Application>}'s script…) and blocks until the dialed leg ends (spec §2.1):
 * no answer within {@code timeout}, busy, failure, the callee hangs up, {@code timeLimit}, or
 * {@code hangupOnStar}.
 *
 * <p>The connector watches {@code callerInputs} while it is connected: it may consume digits
 * ({@code *} for {@code hangupOnStar}); a {@link CallInput.Control} it takes ends the dial and is
 * handed back in {@link DialOutcome#callerInput()} so the loop can act on it (a caller hang-up
 * still requests the Dial {@code action}, spec §2.1).
 */
public interface DialConnector {

    DialOutcome connect(Dial dial, Inbox<CallInput> callerInputs);

    /**
     * As {@link #connect(Dial, Inbox)}, told the URL of the document the Dial came from, against
     * which the nouns' relative {@code url} and {@code statusCallback} resolve ("" = none).
     */
    default DialOutcome connect(Dial dial, Inbox<CallInput> callerInputs, String documentUrl) {
        return connect(dial, callerInputs);
    }
}
