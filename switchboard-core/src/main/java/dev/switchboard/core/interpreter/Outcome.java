package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;
import java.util.Map;

/** What an executor answers; {@link TwimlInterpreter}'s loop alone decides what follows. */
public sealed interface Outcome {

    /** Go on with the next verb. */
    record Continue() implements Outcome {
    }

    /** Request {@code url} (absolute) with {@code params} and run the TwiML it returns instead. */
    record Fetch(String url, HttpMethod method, FormParams params) implements Outcome {
    }

    /** The caller is gone: still request {@code url} (Dial/Record action), but run nothing it returns. */
    record FinalRequest(String url, HttpMethod method, FormParams params) implements Outcome {
    }

    /** End the call from our side, returning {@code <Parameter>}s to a dialing application. */
    record Hangup(Map<String, String> returnParams) implements Outcome {
    }

    /** Refuse the call ({@code reason}: {@code busy} or {@code rejected}). */
    record Rejected(String reason, Map<String, String> returnParams) implements Outcome {
    }

    /** A control input arrived while the verb ran. */
    record Interrupted(CallInput.Control input) implements Outcome {
    }

    /** A whisper document ran to its end: connect the called party to the caller. */
    record Connect() implements Outcome {
    }

    /** The call fails with a Twilio error code. */
    record Fail(int code, String message) implements Outcome {
    }

    Outcome CONTINUE = new Continue();
}
