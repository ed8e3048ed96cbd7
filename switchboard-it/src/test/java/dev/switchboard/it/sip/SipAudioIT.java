package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsCredentialListMapping;
import dev.switchboard.it.support.Baresip;
import dev.switchboard.media.audio.AudioLevels;
import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.audio.ToneDetector;
import dev.switchboard.media.audio.Tones;
import dev.switchboard.media.audio.WavReader;
import dev.switchboard.media.audio.WavWriter;
import dev.switchboard.media.audio.Resampler;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real audio reaches a real softphone: baresip calls into a SIP domain, the app answers with {@code <Play>} of a
 * 1 kHz WAV and a {@code <Say>}, and what baresip heard (its {@code sndfile} dump of the decoded audio) holds the
 * tone at 1 kHz for the file's length, then speech (energy), then nothing once the call ends.
 */
class SipAudioIT extends dev.switchboard.it.support.SipServerPerClass {
    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "CorrectHorse42x";
    private static final Duration SHORT = Duration.ofSeconds(15);

    @BeforeAll
    static void peer() {
        Baresip.assumePresent();
    }

    private static Domain domain(String voicePath) {
        Domain d = Domain.creator("audio" + N.incrementAndGet() + ".sip.localhost")
                .setVoiceUrl(URI.create(app.url(voicePath))).setVoiceMethod(HttpMethod.POST).create(main);
        CredentialList cl = CredentialList.creator("Audio " + N.get()).create(main);
        Credential.creator(cl.getSid(), "alice", PASSWORD).create(main);
        AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        return d;
    }

    @Test
    void playAndSayReachTheCallerAsAudio() throws Exception {
        Domain d = domain("/audio-voice");
        byte[] tone = WavWriter.pcm16(Tones.sine(1000, Duration.ofSeconds(2), 0.5, 16_000));
        app.setDefault("/tone.wav", ScriptedResponse.bytes(200, "audio/wav", tone));
        app.enqueue("/audio-voice", ScriptedResponse.twiml("<Response><Play>" + app.url("/tone.wav") + "</Play>"
                + "<Say>Thank you for calling. This is a test of the voice.</Say><Hangup/></Response>"));
        try (Baresip phone = Baresip.in(run.resolve("listener")).account("alice", d.getDomainName(), PASSWORD, sb.sipPort())
                .withoutRegistration().recordWhatItHears().start()) {
            phone.await("baresip is ready", SHORT);
            phone.command("/dial sip:+14155551234@" + d.getDomainName());
            phone.await("(?i)call established", SHORT);
            phone.await("(?i)closed", Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(5)).until(() -> !phone.heard().isEmpty());
            Path file = phone.heard().getLast();
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.size(file) > 44);
            PcmAudio heard = Resampler.toTelephoneRate(WavReader.read(Files.readAllBytes(file)));

            int start = firstLoud(heard);
            assertThat(start).as("when the tone starts (samples)").isGreaterThanOrEqualTo(0);
            PcmAudio toneHeard = heard.slice(start + 800, start + 15_200); // the 2 s tone, less its edges
            assertThat(ToneDetector.isDominant(toneHeard, 1000)).as("1 kHz while <Play> plays").isTrue();
            int speechFrom = start + 16_000 + 800;
            PcmAudio speech = heard.slice(Math.min(speechFrom, heard.length()), heard.length());
            assertThat(speech.duration()).as("speech after the tone").isGreaterThan(Duration.ofMillis(1500));
            assertThat(AudioLevels.rms(speech)).as("speech energy").isGreaterThan(300);
            assertThat(ToneDetector.isDominant(speech, 1000)).as("the speech is not the tone").isFalse();
        }
    }

    /** The first sample of the first 20 ms frame above the silence threshold; -1 if none. */
    private static int firstLoud(PcmAudio a) {
        short[] s = a.samples();
        for (int i = 0; i + 160 <= s.length; i += 160) {
            if (AudioLevels.rms(s, i, 160) > 1000) return i;
        }
        return -1;
    }
}
