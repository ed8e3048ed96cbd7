package dev.switchboard.server.calls;

import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.twiml.LegCallbacks;
import java.util.Optional;

/**
 * One party a {@code <Dial>} rings: a {@code <Number>} (E.164) or a {@code <Client>}
 * ({@code client:<identity>} with its {@code <Parameter>}s), with the noun's whisper {@code url} and
 * status callbacks.
 */
record DialTarget(String to, boolean machineDetection, Optional<String> sendDigits, LegCallbacks callbacks,
        CustomParameters parameters) {}
