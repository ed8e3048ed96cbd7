package dev.switchboard.server.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.interpreter.PromptUnavailableException;
import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.audio.ToneDetector;
import dev.switchboard.media.audio.Tones;
import dev.switchboard.media.audio.WavWriter;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Real files over real HTTP into 8 kHz audio, and Twilio's code for what is not audio. */
class TelephoneAudioDecoderTest {
    private final PlayAudioFetcher fetcher = PlayAudioFetcher.create(new TelephoneAudioDecoder());

    @Test
    void aSixteenKilohertzWavArrivesAtEightWithItsTone() {
        PcmAudio tone = Tones.sine(1000, Duration.ofSeconds(1), 0.5, 16_000);
        try (ScriptedWebhookServer server = ScriptedWebhookServer.start()) {
            server.setDefault("/tone.wav", ScriptedResponse.bytes(200, "audio/x-wav", WavWriter.pcm16(tone)));
            PcmAudio heard = fetcher.fetch(server.url("/tone.wav"));
            assertThat(heard.sampleRate()).isEqualTo(8000);
            assertThat(heard.duration()).isEqualTo(Duration.ofSeconds(1));
            assertThat(ToneDetector.isDominant(heard, 1000)).isTrue();
        }
    }

    @Test
    void aWavThatIsNotOneIs13420AndHtmlIsToo() {
        try (ScriptedWebhookServer server = ScriptedWebhookServer.start()) {
            server.setDefault("/fake.wav", ScriptedResponse.bytes(200, "audio/wav", "not a riff".getBytes()));
            server.setDefault("/page", ScriptedResponse.of(200, "text/html", "<html/>"));
            assertThatThrownBy(() -> fetcher.fetch(server.url("/fake.wav")))
                    .extracting(e -> ((PromptUnavailableException) e).error().code()).isEqualTo(13420);
            assertThatThrownBy(() -> fetcher.fetch(server.url("/page")))
                    .extracting(e -> ((PromptUnavailableException) e).error().code()).isEqualTo(13420);
        }
    }
}
