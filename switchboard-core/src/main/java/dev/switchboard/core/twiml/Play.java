package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Play>}: play an audio file or DTMF tones. The parser guarantees that at least one of
 * {@code url} and {@code digits} is present; when both are, Twilio plays the digits.
 * See https://www.twilio.com/docs/voice/twiml/play.
 *
 * @param url    the body: absolute or relative URL of the audio, as written (not resolved)
 * @param digits {@code digits}: DTMF to play, {@code 0-9 * #} and {@code w} (half-second pause)
 * @param loop   {@code loop}, default 1; 0 repeats until the call ends
 */
public record Play(Optional<String> url, Optional<String> digits, int loop) implements Verb, GatherPrompt {
    public static final int DEFAULT_LOOP = 1;

    public Play {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(digits, "digits");
    }
}
