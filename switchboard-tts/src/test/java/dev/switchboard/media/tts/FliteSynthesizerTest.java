package dev.switchboard.media.tts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** flite through JNA; skipped without libflite1 unless SWITCHBOARD_REQUIRE_TTS_ENGINES=1. */
class FliteSynthesizerTest extends SynthesizerContract {
    private static FliteSynthesizer engine;

    @Override
    Synthesizer engine() {
        if (engine == null) engine = EngineAssumptions.present(FliteSynthesizer.probe(), "flite (Debian libflite1)");
        return engine;
    }

    @Override SpeechRequest helloWorld() { return new SpeechRequest("Hello world", "woman", "en-US"); }

    @Test
    void womenGetSltAtSixteenKilohertzAndMenAMaleVoice() {
        Synthesizer flite = engine();
        assertThat(flite.voiceFor(new SpeechRequest("x", "Polly.Joanna", "en-US"))).isEqualTo("slt");
        assertThat(flite.voiceFor(new SpeechRequest("x", "man", "en-US"))).isIn("rms", "awb", "kal");
        assertThat(flite.synthesize(new SpeechRequest("Hi", "woman", "en-US")).sampleRate()).isEqualTo(16_000);
    }
}
