package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@code speechTimeout} of {@code <Gather>}: either {@code auto} (the recogniser decides when
 * speech has ended) or a number of seconds of silence. When absent it equals Gather's
 * {@code timeout}, which the parser applies.
 */
public sealed interface SpeechTimeout {

    /** {@code speechTimeout="auto"}. */
    record Auto() implements SpeechTimeout {
    }

    /** {@code speechTimeout="N"}: end speech input after {@code silence} without speech. */
    record After(Duration silence) implements SpeechTimeout {
        public After {
            Objects.requireNonNull(silence, "silence");
        }
    }
}
