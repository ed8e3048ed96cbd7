package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Recording;
import dev.switchboard.core.recording.RecordingSource;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.it.support.ServerPerClass;
import dev.switchboard.media.audio.PcmAudio;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Recordings: audio saved through the internal API, read and deleted through twilio-java and plain HTTP. */
class RecordingsIT extends ServerPerClass {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static PcmAudio tone(int hz, double seconds) {
        short[] s = new short[(int) (8000 * seconds)];
        for (int i = 0; i < s.length; i++) s[i] = (short) (8000 * Math.sin(2 * Math.PI * hz * i / 8000.0));
        return PcmAudio.of(s, 8000);
    }

    /** Goertzel power of {@code hz} relative to the signal's energy: near 1 for a pure tone. */
    static double goertzel(short[] x, int hz) {
        double w = 2 * Math.PI * hz / 8000.0, c = 2 * Math.cos(w), s1 = 0, s2 = 0, energy = 0;
        for (short v : x) {
            double s0 = v + c * s1 - s2;
            s2 = s1;
            s1 = s0;
            energy += (double) v * v;
        }
        double power = s1 * s1 + s2 * s2 - c * s1 * s2;
        return 2 * power / (x.length * energy);
    }

    HttpResponse<byte[]> get(String path, boolean auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sb.baseUrl() + path));
        if (auth) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((sb.accountSid + ":" + sb.authToken).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aSavedToneIsServedAsWavAndMp3AndDeletedWithItsFiles() throws Exception {
        String call = Sids.next(SidPrefix.CALL);
        var saved = sb.server().recordings().save(sb.accountSid, call, RecordingSource.RECORD_VERB, tone(1000, 2.0),
                Instant.parse("2026-01-02T03:04:05Z"));

        Recording r = Recording.fetcher(saved.sid()).fetch(main);
        assertThat(r.getStatus()).isEqualTo(Recording.Status.COMPLETED);
        assertThat(r.getDuration()).isEqualTo("2");
        assertThat(r.getCallSid()).isEqualTo(call);
        assertThat(r.getSource().toString()).isEqualTo("RecordVerb");
        assertThat(r.getChannels()).isEqualTo(1);
        assertThat(StreamSupport.stream(Recording.reader().setCallSid(call).read(main).spliterator(), false))
                .extracting(Recording::getSid).containsExactly(saved.sid());

        String media = "/2010-04-01/Accounts/" + sb.accountSid + "/Recordings/" + saved.sid();
        for (String path : new String[] {media, media + ".wav"}) {
            HttpResponse<byte[]> wav = get(path, true);
            assertThat(wav.statusCode()).isEqualTo(200);
            assertThat(wav.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/x-wav"));
            byte[] body = wav.body();
            assertThat(new String(body, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(body, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
            ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(b.getInt(24)).isEqualTo(8000);
            assertThat(b.getInt(40)).isEqualTo(16000 * 2);
            assertThat(body).hasSize(44 + 32000);
            short[] samples = new short[16000];
            for (int i = 0; i < samples.length; i++) samples[i] = b.getShort(44 + 2 * i);
            assertThat(goertzel(samples, 1000)).isGreaterThan(0.9);
            assertThat(goertzel(samples, 1700)).isLessThan(0.01);
        }
        HttpResponse<byte[]> mp3 = get(media + ".mp3", true);
        assertThat(mp3.statusCode()).isEqualTo(200);
        assertThat(mp3.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/mpeg"));
        assertThat(mp3.body().length).isBetween(2 * 32000 / 8 / 2, 2 * 32000 / 8 * 2); // 32 kbps for 2 s, roughly
        assertThat(mp3.body()[0] & 0xFF).isEqualTo(0xFF); // an MPEG frame sync
        assertThat(get(media + ".wav", false).statusCode()).isEqualTo(401);

        assertThat(Recording.deleter(saved.sid()).delete(main)).isTrue();
        assertThat(Files.exists(dir.resolve("recordings").resolve(saved.sid() + ".wav"))).isFalse();
        assertThat(Files.exists(dir.resolve("recordings").resolve(saved.sid() + ".mp3"))).isFalse();
        assertThat(get(media + ".wav", true).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> Recording.fetcher(saved.sid()).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void aRecordingOfAnUnknownCallAnswers20404AndBadParametersAnswer21200() {
        String call = Sids.next(SidPrefix.CALL);
        assertThatThrownBy(() -> com.twilio.rest.api.v2010.account.call.Recording.creator(call).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThatThrownBy(() -> com.twilio.rest.api.v2010.account.call.Recording.creator(call).setRecordingTrack("sideways")
                .create(main)).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21200));
        assertThatThrownBy(() -> Recording.fetcher(Sids.next(SidPrefix.RECORDING)).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }
}
