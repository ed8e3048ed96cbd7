package dev.switchboard.media.tts;

import static dev.switchboard.media.tts.EngineAssumptions.rms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.audio.PcmAudio;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every engine must do; each engine's test supplies it. */
abstract class SynthesizerContract {
    abstract Synthesizer engine();

    abstract SpeechRequest helloWorld();

    @Test
    void speaksHelloWorldAudiblyForAPlausibleLength() {
        PcmAudio audio = engine().synthesize(helloWorld());
        assertThat(rms(audio)).as("RMS of %s", audio).isGreaterThan(300);
        assertThat(audio.duration()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(3));
    }

    @Test
    void aBreakAddsItsSilence() {
        SpeechRequest plain = helloWorld();
        SpeechRequest paused = new SpeechRequest("Hello <break time=\"1s\"/> world", plain.voice(), plain.language());
        Duration without = engine().synthesize(plain).duration();
        Duration with = engine().synthesize(paused).duration();
        assertThat(with.minus(without)).isGreaterThan(Duration.ofMillis(700));
    }

    @Test
    void malformedSsmlIsSpokenAsText() {
        SpeechRequest bad = new SpeechRequest("Hello <prosody rate=\"slow\">world", helloWorld().voice(), helloWorld().language());
        assertThat(rms(engine().synthesize(bad))).isGreaterThan(300);
    }

    @Test
    void measuresATenWordSentence() {
        SpeechRequest request = new SpeechRequest("Thank you for calling, please hold while we connect your call.",
                helloWorld().voice(), helloWorld().language());
        engine().synthesize(request); // warm up: voice loading and JIT
        int runs = 5;
        long start = System.nanoTime();
        PcmAudio audio = null;
        for (int i = 0; i < runs; i++) audio = engine().synthesize(request);
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        double realTime = audio.duration().toNanos() / 1e6 / ms;
        System.out.printf("TIMING %s voice %s: 10 words, %.0f ms of audio rendered in %.1f ms, %.0fx real time at %d Hz%n",
                engine().name(), engine().voiceFor(request), audio.duration().toNanos() / 1e6, ms, realTime, audio.sampleRate());
        assertThat(realTime).isGreaterThan(1.0);
    }
}
