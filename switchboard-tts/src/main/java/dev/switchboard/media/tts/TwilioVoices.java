package dev.switchboard.media.tts;

import static dev.switchboard.media.tts.VoiceTraits.Gender.FEMALE;
import static dev.switchboard.media.tts.VoiceTraits.Gender.MALE;

import dev.switchboard.media.tts.VoiceTraits.Gender;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table from Twilio's {@code <Say voice>} names to {@link VoiceTraits} (gender and language), which each
 * engine then maps to its nearest local voice. Rules, in order:
 * <ul>
 *   <li>{@code man} is male, {@code woman} and {@code alice} are female, in the request's {@code language};</li>
 *   <li>{@code Polly.<Name>} (with or without {@code -Neural}/{@code -Generative}) has the gender and language of
 *       that Amazon Polly voice, from {@link #POLLY}; such a voice speaks its own language, as on Twilio;</li>
 *   <li>{@code Google.<ll-CC>-<Type>-<Letter>} speaks {@code ll-CC}; its gender is from {@link #GOOGLE_EN_US} for
 *       {@code en-US}, {@link #GOOGLE_EN_GB} for {@code en-GB}, otherwise from the letter
 *       ({@link #GOOGLE_LETTER_DEFAULT}); named Google voices (Chirp) are taken as female;</li>
 *   <li>anything else (an unknown Polly name, a typo) is treated as {@code man} in the request's language.</li>
 * </ul>
 * Pure and thread-safe. The Polly and Google lists follow the voice tables in Twilio's text-to-speech docs.
 */
public final class TwilioVoices {
    private TwilioVoices() {}

    /** Amazon Polly voice name → {gender, language}. */
    static final Map<String, VoiceTraits> POLLY = Map.ofEntries(
            polly("Aditi", FEMALE, "hi-IN"), polly("Amy", FEMALE, "en-GB"), polly("Arthur", MALE, "en-GB"),
            polly("Aria", FEMALE, "en-NZ"), polly("Ayanda", FEMALE, "en-ZA"), polly("Astrid", FEMALE, "sv-SE"),
            polly("Bianca", FEMALE, "it-IT"), polly("Brian", MALE, "en-GB"), polly("Camila", FEMALE, "pt-BR"),
            polly("Carla", FEMALE, "it-IT"), polly("Carmen", FEMALE, "ro-RO"), polly("Celine", FEMALE, "fr-FR"),
            polly("Chantal", FEMALE, "fr-CA"), polly("Conchita", FEMALE, "es-ES"), polly("Cristiano", MALE, "pt-PT"),
            polly("Daniel", MALE, "de-DE"), polly("Danielle", FEMALE, "en-US"), polly("Dora", FEMALE, "is-IS"),
            polly("Elin", FEMALE, "sv-SE"), polly("Emma", FEMALE, "en-GB"), polly("Enrique", MALE, "es-ES"),
            polly("Ewa", FEMALE, "pl-PL"), polly("Filiz", FEMALE, "tr-TR"), polly("Gabrielle", FEMALE, "fr-CA"),
            polly("Geraint", MALE, "en-GB-WLS"), polly("Giorgio", MALE, "it-IT"), polly("Gregory", MALE, "en-US"),
            polly("Gwyneth", FEMALE, "cy-GB"), polly("Hannah", FEMALE, "de-AT"), polly("Hans", MALE, "de-DE"),
            polly("Ines", FEMALE, "pt-PT"), polly("Ida", FEMALE, "nb-NO"), polly("Ivy", FEMALE, "en-US"),
            polly("Jacek", MALE, "pl-PL"), polly("Jan", MALE, "pl-PL"), polly("Joanna", FEMALE, "en-US"),
            polly("Joey", MALE, "en-US"), polly("Justin", MALE, "en-US"), polly("Kajal", FEMALE, "en-IN"),
            polly("Karl", MALE, "is-IS"), polly("Kendra", FEMALE, "en-US"), polly("Kevin", MALE, "en-US"),
            polly("Kimberly", FEMALE, "en-US"), polly("Laura", FEMALE, "nl-NL"), polly("Lea", FEMALE, "fr-FR"),
            polly("Liam", MALE, "fr-CA"), polly("Liv", FEMALE, "nb-NO"), polly("Lotte", FEMALE, "nl-NL"),
            polly("Lucia", FEMALE, "es-ES"), polly("Lupe", FEMALE, "es-US"), polly("Mads", MALE, "da-DK"),
            polly("Maja", FEMALE, "pl-PL"), polly("Marlene", FEMALE, "de-DE"), polly("Mathieu", MALE, "fr-FR"),
            polly("Matthew", MALE, "en-US"), polly("Maxim", MALE, "ru-RU"), polly("Mia", FEMALE, "es-MX"),
            polly("Miguel", MALE, "es-US"), polly("Mizuki", FEMALE, "ja-JP"), polly("Naja", FEMALE, "da-DK"),
            polly("Nicole", FEMALE, "en-AU"), polly("Ola", FEMALE, "pl-PL"), polly("Olivia", FEMALE, "en-AU"),
            polly("Penelope", FEMALE, "es-US"), polly("Raveena", FEMALE, "en-IN"), polly("Remi", MALE, "fr-FR"),
            polly("Ricardo", MALE, "pt-BR"), polly("Ruben", MALE, "nl-NL"), polly("Russell", MALE, "en-AU"),
            polly("Ruth", FEMALE, "en-US"), polly("Salli", FEMALE, "en-US"), polly("Seoyeon", FEMALE, "ko-KR"),
            polly("Sergio", MALE, "es-ES"), polly("Stephen", MALE, "en-US"), polly("Suvi", FEMALE, "fi-FI"),
            polly("Takumi", MALE, "ja-JP"), polly("Tatyana", FEMALE, "ru-RU"), polly("Thiago", MALE, "pt-BR"),
            polly("Vicki", FEMALE, "de-DE"), polly("Vitoria", FEMALE, "pt-BR"), polly("Zeina", FEMALE, "arb"),
            polly("Zhiyu", FEMALE, "cmn-CN"));

    /** Google {@code en-US} voice letter → gender (Standard, WaveNet and Neural2 agree). */
    static final Map<Character, Gender> GOOGLE_EN_US = Map.of('A', MALE, 'B', MALE, 'C', FEMALE, 'D', MALE,
            'E', FEMALE, 'F', FEMALE, 'G', FEMALE, 'H', FEMALE, 'I', MALE, 'J', MALE);
    /** Google {@code en-GB} voice letter → gender. */
    static final Map<Character, Gender> GOOGLE_EN_GB = Map.of('A', FEMALE, 'B', MALE, 'C', FEMALE, 'D', MALE,
            'F', FEMALE, 'N', FEMALE, 'O', MALE);
    /** Other languages: Google mostly starts each list with a female A and a male B. */
    static final Map<Character, Gender> GOOGLE_LETTER_DEFAULT = Map.of('A', FEMALE, 'B', MALE, 'C', FEMALE,
            'D', MALE, 'E', FEMALE, 'F', FEMALE, 'G', FEMALE, 'H', FEMALE, 'I', MALE, 'J', MALE);

    private static final Pattern GOOGLE = Pattern.compile("Google\\.([a-z]{2,3}-[A-Za-z]{2,4})-([A-Za-z0-9]+(?:-HD)?)-(.+)");

    /** The traits for a request's {@code voice} and {@code language}; never fails. */
    public static VoiceTraits traits(String voice, String language) {
        String v = voice.strip();
        switch (v.toLowerCase(Locale.ROOT)) {
            case "man": return new VoiceTraits(MALE, language);
            case "woman", "alice": return new VoiceTraits(FEMALE, language);
            default: break;
        }
        if (v.startsWith("Polly.")) {
            String name = v.substring("Polly.".length()).replaceFirst("-(Neural|Generative|LongForm)$", "");
            VoiceTraits known = POLLY.get(name);
            return known != null ? known : new VoiceTraits(MALE, language);
        }
        Matcher google = GOOGLE.matcher(v);
        if (google.matches()) {
            String lang = google.group(1);
            String letter = google.group(3);
            if (letter.length() != 1) return new VoiceTraits(FEMALE, lang);
            Map<Character, Gender> table = switch (lang) {
                case "en-US" -> GOOGLE_EN_US;
                case "en-GB" -> GOOGLE_EN_GB;
                default -> GOOGLE_LETTER_DEFAULT;
            };
            return new VoiceTraits(table.getOrDefault(Character.toUpperCase(letter.charAt(0)), FEMALE), lang);
        }
        return new VoiceTraits(MALE, language);
    }

    /** {@link #traits(String, String)} of a request. */
    public static VoiceTraits traits(SpeechRequest request) {
        return traits(request.voice(), request.language());
    }

    private static Map.Entry<String, VoiceTraits> polly(String name, Gender gender, String language) {
        return Map.entry(name, new VoiceTraits(gender, language));
    }
}
