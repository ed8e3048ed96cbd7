package dev.switchboard.media.tts;

import java.util.Objects;

/**
 * What one {@code <Say>} asks for: its body, its {@code voice} and {@code language} attributes as written.
 *
 * @param text     plain text or the SSML subset that {@link SsmlSubset} reads
 * @param voice    a Twilio voice name: {@code man}, {@code woman}, {@code alice}, {@code Polly.*}, {@code Google.*}
 * @param language a BCP 47 tag such as {@code en-US}; Twilio's default is {@value #DEFAULT_LANGUAGE}
 */
public record SpeechRequest(String text, String voice, String language) {
    public static final String DEFAULT_VOICE = "man";
    public static final String DEFAULT_LANGUAGE = "en-US";

    public SpeechRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(language, "language");
    }

    /** {@code text} in Twilio's default voice and language. */
    public static SpeechRequest of(String text) {
        return new SpeechRequest(text, DEFAULT_VOICE, DEFAULT_LANGUAGE);
    }
}
