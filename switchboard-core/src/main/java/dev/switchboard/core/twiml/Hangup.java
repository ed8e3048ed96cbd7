package dev.switchboard.core.twiml;

import java.util.List;

/**
 * {@code <Hangup>}: end the call. The optional {@code <Parameter>}s are returned to the
 * {@code <Dial><Application>} that placed this call (see spec §2.5).
 * See https://www.twilio.com/docs/voice/twiml/hangup.
 */
public record Hangup(List<Parameter> parameters) implements Verb {
    public Hangup {
        parameters = List.copyOf(parameters);
    }
}
