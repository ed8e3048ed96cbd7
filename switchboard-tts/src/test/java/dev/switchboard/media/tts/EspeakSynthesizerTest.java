package dev.switchboard.media.tts;

import static dev.switchboard.media.tts.EngineAssumptions.rms;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** espeak-ng as a subprocess; skipped without it on the PATH unless SWITCHBOARD_REQUIRE_TTS_ENGINES=1. */
class EspeakSynthesizerTest extends SynthesizerContract {
    private static EspeakSynthesizer engine;

    @Override
    Synthesizer engine() {
        if (engine == null) engine = EngineAssumptions.present(EspeakSynthesizer.probe(), "espeak-ng");
        return engine;
    }

    @Override SpeechRequest helloWorld() { return new SpeechRequest("Hello world", "man", "en-US"); }

    @Test
    void speaksFrenchWithAFrenchVoice() {
        Synthesizer espeak = engine();
        assertThat(espeak.speaks("fr-FR")).isTrue();
        assertThat(espeak.voiceFor(new SpeechRequest("x", "Polly.Celine", "en-US"))).isIn("fr+f3", "fr-fr+f3");
        assertThat(rms(espeak.synthesize(new SpeechRequest("Bonjour tout le monde", "Polly.Mathieu", "fr-FR")))).isGreaterThan(300);
    }
}
