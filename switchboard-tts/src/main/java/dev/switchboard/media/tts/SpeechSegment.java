package dev.switchboard.media.tts;

import java.time.Duration;
import java.util.Objects;

/** One piece of a parsed {@code <Say>} body: words at a speaking rate, or a pause. */
public sealed interface SpeechSegment {
    /**
     * Words to speak.
     *
     * @param text the words, whitespace collapsed, never blank
     * @param rate the speaking rate relative to the voice's normal rate (1.0); 2.0 is twice as fast
     */
    record Speech(String text, double rate) implements SpeechSegment {
        public Speech {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) throw new IllegalArgumentException("blank speech");
            if (!(rate > 0)) throw new IllegalArgumentException("rate must be positive: " + rate);
        }
    }

    /** A pause of {@code length}. */
    record Silence(Duration length) implements SpeechSegment {
        public Silence {
            Objects.requireNonNull(length, "length");
            if (length.isNegative()) throw new IllegalArgumentException("negative pause: " + length);
        }
    }
}
