package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Say>}: speak text with text-to-speech, then continue with the next verb.
 * See https://www.twilio.com/docs/voice/twiml/say.
 *
 * @param text     the body's character data with any SSML markup removed, trimmed
 * @param ssml     the body re-serialised as SSML markup when it contains SSML elements
 *                 ({@code <break>}, {@code <prosody>} …); empty when the body is plain text
 * @param voice    {@code voice}, default {@value #DEFAULT_VOICE}; kept as written because
 *                 {@code Polly.*} and {@code Google.*} names are open-ended
 * @param language {@code language}, default {@value #DEFAULT_LANGUAGE}
 * @param loop     {@code loop}, default 1; 0 repeats until the call ends
 */
public record Say(String text, Optional<String> ssml, String voice, String language, int loop)
        implements Verb, GatherPrompt {
    public static final String DEFAULT_VOICE = "man";
    public static final String DEFAULT_LANGUAGE = "en-US";
    public static final int DEFAULT_LOOP = 1;

    public Say {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ssml, "ssml");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(language, "language");
    }
}
