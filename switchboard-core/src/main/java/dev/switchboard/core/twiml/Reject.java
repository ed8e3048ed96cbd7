package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;

/**
 * {@code <Reject>}: refuse an unanswered incoming call without answering it. The optional
 * {@code <Parameter>}s are returned to the {@code <Dial><Application>} that placed this call.
 * See https://www.twilio.com/docs/voice/twiml/reject.
 *
 * @param reason {@code reason}, default {@code rejected}
 */
public record Reject(Reason reason, List<Parameter> parameters) implements Verb {

    /** A value of {@code reason}. */
    public enum Reason implements TwimlEnum {
        REJECTED("rejected"),
        BUSY("busy");

        private final String wireValue;

        Reason(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    public Reject {
        Objects.requireNonNull(reason, "reason");
        parameters = List.copyOf(parameters);
    }
}
