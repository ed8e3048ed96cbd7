package dev.switchboard.media.tts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.audio.PcmAudio;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FreeTtsSynthesizerTest extends SynthesizerContract {
    private static final FreeTtsSynthesizer ENGINE = new FreeTtsSynthesizer(2);

    @Override Synthesizer engine() { return ENGINE; }

    @Override SpeechRequest helloWorld() { return SpeechRequest.of("Hello world"); }

    @Test
    void speaksAt16kHzWithKevinForEveryVoice() {
        assertThat(ENGINE.voiceFor(new SpeechRequest("x", "Polly.Joanna", "en-US"))).isEqualTo("kevin16");
        assertThat(ENGINE.synthesize(SpeechRequest.of("Hi")).sampleRate()).isEqualTo(16_000);
    }

    @Test
    void concurrentCallsGetTheSameAudioAsOneAtATime() throws Exception {
        PcmAudio alone = ENGINE.synthesize(SpeechRequest.of("one two three"));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PcmAudio>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) results.add(pool.submit(() -> ENGINE.synthesize(SpeechRequest.of("one two three"))));
            for (Future<PcmAudio> f : results) assertThat(f.get()).isEqualTo(alone);
        }
    }

    @Test
    void aFasterProsodyRateIsShorter() {
        PcmAudio normal = ENGINE.synthesize(SpeechRequest.of("this sentence is spoken at two speeds"));
        PcmAudio fast = ENGINE.synthesize(SpeechRequest.of("<prosody rate=\"150%\">this sentence is spoken at two speeds</prosody>"));
        assertThat(fast.length()).isLessThan(normal.length() * 9 / 10);
    }
}
