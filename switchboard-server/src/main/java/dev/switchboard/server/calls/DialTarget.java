package dev.switchboard.server.calls;

import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.twiml.LegCallbacks;
import java.util.Optional;

/**
 * One party a {@code <Dial>} rings: a {@code <Number>} (E.164), a {@code <Client>}
 * ({@code client:<identity>} with its {@code <Parameter>}s) or a {@code <Sip>} (the URI with its
 * {@code ?X-…} headers, and the digest {@code credentials} for the far end), with the noun's whisper
 * {@code url} and status callbacks.
 */
record DialTarget(String to, boolean machineDetection, Optional<String> sendDigits, LegCallbacks callbacks,
        CustomParameters parameters, Optional<dev.switchboard.core.call.RingRequest.Credentials> credentials) {
    DialTarget(String to, boolean machineDetection, Optional<String> sendDigits, LegCallbacks callbacks,
            CustomParameters parameters) {
        this(to, machineDetection, sendDigits, callbacks, parameters, Optional.empty());
    }
}
