package dev.switchboard.server.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.interpreter.PromptUnavailableException;
import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server; the decoder is a stand-in that reads each byte as one sample. */
class PlayAudioFetcherTest {
    private final ScriptedWebhookServer server = ScriptedWebhookServer.start();
    private final AtomicInteger decodes = new AtomicInteger();
    private final AudioDecoder bytesAsSamples = new AudioDecoder() {
        @Override public boolean reads(String mediaType) { return mediaType.equals("audio/x-wav"); }

        @Override
        public PcmAudio decode(String mediaType, byte[] body) {
            decodes.incrementAndGet();
            if (body.length == 0) throw new UndecodableAudioException("empty file");
            short[] s = new short[body.length];
            for (int i = 0; i < body.length; i++) s[i] = body[i];
            return PcmAudio.of(s, 8000);
        }
    };
    private Instant now = Instant.parse("2026-12-02T12:00:00Z");
    private final PlayAudioFetcher fetcher = new PlayAudioFetcher(HttpClient.newHttpClient(), bytesAsSamples,
            new Clock() {
                @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
                @Override public Clock withZone(java.time.ZoneId zone) { return this; }
                @Override public Instant instant() { return now; }
            }, 10);

    @AfterEach
    void stop() { server.close(); }

    @Test
    void aFreshFileIsFetchedOnceAndDecodedOnce() {
        server.setDefault("/a.wav", ScriptedResponse.bytes(200, "audio/x-wav; charset=binary", new byte[] {1, 2, 3})
                .withHeader("Cache-Control", "max-age=60"));
        assertThat(fetcher.fetch(server.url("/a.wav")).samples()).containsExactly(1, 2, 3);
        now = now.plusSeconds(30);
        assertThat(fetcher.fetch(server.url("/a.wav")).samples()).containsExactly(1, 2, 3);
        assertThat(server.pendingRequests()).isEqualTo(1);
        assertThat(decodes).hasValue(1);
        assertThat(fetcher.hits()).isEqualTo(1);
    }

    @Test
    void aStaleFileIsRevalidatedAndA304CostsNoDecoding() {
        server.enqueue("/b.wav", ScriptedResponse.bytes(200, "audio/x-wav", new byte[] {4, 5}).withHeader("ETag", "\"v1\""));
        server.enqueue("/b.wav", ScriptedResponse.status(304));
        fetcher.fetch(server.url("/b.wav"));
        assertThat(fetcher.fetch(server.url("/b.wav")).samples()).containsExactly(4, 5);
        server.takeRequest();
        assertThat(server.takeRequest().header("If-None-Match")).contains("\"v1\"");
        assertThat(decodes).hasValue(1);
    }

    @Test
    void noStoreIsFetchedEachTime() {
        server.setDefault("/c.wav", ScriptedResponse.bytes(200, "audio/x-wav", new byte[] {7}).withHeader("Cache-Control", "no-store"));
        fetcher.fetch(server.url("/c.wav"));
        fetcher.fetch(server.url("/c.wav"));
        assertThat(decodes).hasValue(2);
        assertThat(fetcher.cachedSamples()).isZero();
    }

    @Test
    void theCacheEvictsTheLeastRecentlyUsedPastItsCapacity() {
        server.setDefault("/six.wav", ScriptedResponse.bytes(200, "audio/x-wav", new byte[6]).withHeader("Cache-Control", "max-age=600"));
        server.setDefault("/five.wav", ScriptedResponse.bytes(200, "audio/x-wav", new byte[5]).withHeader("Cache-Control", "max-age=600"));
        fetcher.fetch(server.url("/six.wav"));
        fetcher.fetch(server.url("/five.wav"));
        assertThat(fetcher.cachedSamples()).isEqualTo(5);
        fetcher.fetch(server.url("/five.wav"));
        assertThat(fetcher.hits()).isEqualTo(1);
    }

    @Test
    void failuresCarryTwiliosCodes() {
        server.setDefault("/page", ScriptedResponse.of(200, "text/html", "<html/>"));
        server.setDefault("/gone.wav", ScriptedResponse.status(404));
        server.setDefault("/empty.wav", ScriptedResponse.bytes(200, "audio/x-wav", new byte[0]));
        assertThatThrownBy(() -> fetcher.fetch(server.url("/page"))).isInstanceOf(PromptUnavailableException.class)
                .hasMessageContaining("text/html").extracting(e -> ((PromptUnavailableException) e).error().code()).isEqualTo(13420);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/gone.wav"))).extracting(e -> ((PromptUnavailableException) e).error().code())
                .isEqualTo(11200);
        assertThatThrownBy(() -> fetcher.fetch(server.url("/empty.wav"))).hasMessageContaining("empty file")
                .extracting(e -> ((PromptUnavailableException) e).error().code()).isEqualTo(13420);
        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:1/x.wav")).extracting(e -> ((PromptUnavailableException) e).error().code())
                .isEqualTo(11200);
        assertThatThrownBy(() -> fetcher.fetch("not a url")).extracting(e -> ((PromptUnavailableException) e).error().code())
                .isEqualTo(11200);
    }

    @Test
    void aConnectionDroppedBeforeAnyAnswerIs11200() {
        server.setDefault("/dropped.wav", ScriptedResponse.disconnect());
        assertThatThrownBy(() -> fetcher.fetch(server.url("/dropped.wav"))).extracting(e -> ((PromptUnavailableException) e).error().code())
                .isEqualTo(11200);
    }
}
