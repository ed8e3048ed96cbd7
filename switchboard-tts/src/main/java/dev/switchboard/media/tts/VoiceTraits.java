package dev.switchboard.media.tts;

import java.util.Locale;
import java.util.Objects;

/**
 * What a local engine needs to pick its nearest voice: a gender and a language.
 *
 * @param gender   the voice's gender
 * @param language a BCP 47 tag, such as {@code en-GB}
 */
public record VoiceTraits(Gender gender, String language) {
    /** The two genders Twilio's voice lists name. */
    public enum Gender { MALE, FEMALE }

    public VoiceTraits {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(language, "language");
    }

    /** The primary language subtag in lower case: {@code en} for {@code en-GB}, {@code cmn} for {@code cmn-CN}. */
    public String primaryLanguage() {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public boolean isEnglish() { return primaryLanguage().equals("en"); }
}
