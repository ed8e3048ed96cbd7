package dev.switchboard.media.tts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.audio.PcmAudio;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpeechEnginesTest {
    /** A fake engine that names itself and counts its renders. */
    private static final class FakeSynthesizer implements Synthesizer {
        final String name;
        final List<String> languages;
        final AtomicInteger renders = new AtomicInteger();

        FakeSynthesizer(String name, String... languages) { this.name = name; this.languages = List.of(languages); }

        @Override public String name() { return name; }
        @Override public List<String> voices() { return List.of("v"); }
        @Override public boolean speaks(String language) { return languages.contains(TwilioVoices.traits("man", language).primaryLanguage()); }
        @Override public String voiceFor(SpeechRequest request) { return "v"; }
        @Override public PcmAudio synthesize(SpeechRequest request) { renders.incrementAndGet(); return PcmAudio.of(new short[3], 16000); }
    }

    private final FakeSynthesizer flite = new FakeSynthesizer("flite", "en");
    private final FakeSynthesizer espeak = new FakeSynthesizer("espeak-ng", "en", "fr", "de");
    private final FakeSynthesizer freeTts = new FakeSynthesizer("freetts", "en");

    @Test
    void englishPrefersFliteThenFreeTts() {
        assertThat(new SpeechEngines(Optional.of(flite), Optional.of(espeak), freeTts, new PromptCache(100))
                .choose(SpeechRequest.of("hi")).name()).isEqualTo("flite");
        assertThat(new SpeechEngines(Optional.empty(), Optional.of(espeak), freeTts, new PromptCache(100))
                .choose(SpeechRequest.of("hi")).name()).isEqualTo("freetts");
    }

    @Test
    void otherLanguagesGoToEspeakWhenItSpeaksThemElseFreeTts() {
        SpeechEngines all = new SpeechEngines(Optional.of(flite), Optional.of(espeak), freeTts, new PromptCache(100));
        assertThat(all.choose(new SpeechRequest("x", "woman", "fr-FR")).name()).isEqualTo("espeak-ng");
        assertThat(all.choose(new SpeechRequest("x", "Polly.Hans", "en-US")).name()).isEqualTo("espeak-ng");
        assertThat(all.choose(new SpeechRequest("x", "woman", "ja-JP")).name()).isEqualTo("freetts");
        SpeechEngines bare = new SpeechEngines(Optional.empty(), Optional.empty(), freeTts, new PromptCache(100));
        assertThat(bare.choose(new SpeechRequest("x", "woman", "fr-FR")).name()).isEqualTo("freetts");
        assertThat(bare.available()).extracting(Synthesizer::name).containsExactly("freetts");
    }

    @Test
    void synthesizeRendersEachPromptOnceThroughTheCache() {
        SpeechEngines engines = new SpeechEngines(Optional.of(flite), Optional.empty(), freeTts, new PromptCache(100));
        engines.synthesize(SpeechRequest.of("hi"));
        engines.synthesize(SpeechRequest.of("hi"));
        engines.synthesize(new SpeechRequest("hi", "Polly.Matthew", "en-US")); // same engine, voice and language
        assertThat(flite.renders).hasValue(1);
        assertThat(engines.cache().hits()).isEqualTo(2);
    }

    @Test
    void detectAlwaysOffersFreeTts() {
        assertThat(SpeechEngines.detect().available()).extracting(Synthesizer::name).contains("freetts");
    }
}
