package dev.switchboard.media.tts;

import static dev.switchboard.media.tts.VoiceTraits.Gender.FEMALE;
import static dev.switchboard.media.tts.VoiceTraits.Gender.MALE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioVoicesTest {
    @ParameterizedTest
    @CsvSource({
        "man, en-US, MALE, en-US", "woman, fr-FR, FEMALE, fr-FR", "alice, de-DE, FEMALE, de-DE", "MAN, en-GB, MALE, en-GB",
        "Polly.Joanna, en-US, FEMALE, en-US", "Polly.Matthew, fr-FR, MALE, en-US", "Polly.Amy, en-US, FEMALE, en-GB",
        "Polly.Brian, en-US, MALE, en-GB", "Polly.Joanna-Neural, en-US, FEMALE, en-US", "Polly.Celine, en-US, FEMALE, fr-FR",
        "Polly.Hans, en-US, MALE, de-DE", "Polly.Mizuki, en-US, FEMALE, ja-JP", "Polly.Nobody, es-ES, MALE, es-ES",
        "Google.en-US-Standard-C, en-US, FEMALE, en-US", "Google.en-US-Neural2-D, en-US, MALE, en-US",
        "Google.en-GB-Standard-A, en-US, FEMALE, en-GB", "Google.de-DE-Wavenet-B, en-US, MALE, de-DE",
        "Google.fr-FR-Chirp3-HD-Aoede, en-US, FEMALE, fr-FR", "robot, en-US, MALE, en-US",
    })
    void mapsTwilioVoiceNamesToGenderAndLanguage(String voice, String language, VoiceTraits.Gender gender, String speaks) {
        assertThat(TwilioVoices.traits(voice, language)).isEqualTo(new VoiceTraits(gender, speaks));
    }

    @org.junit.jupiter.api.Test
    void everyPollyVoiceHasATwoOrThreeLetterLanguage() {
        assertThat(TwilioVoices.POLLY).hasSizeGreaterThan(60);
        TwilioVoices.POLLY.values().forEach(t -> assertThat(t.primaryLanguage()).matches("[a-z]{2,3}"));
        assertThat(TwilioVoices.POLLY.values()).extracting(VoiceTraits::gender).contains(MALE, FEMALE);
    }
}
