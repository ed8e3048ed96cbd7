package dev.switchboard.media.leg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.audio.ToneDetector;
import dev.switchboard.media.audio.Tones;
import dev.switchboard.media.codec.AudioCodecs;
import dev.switchboard.media.mix.PromptFrames;
import dev.switchboard.media.rtp.RtpPacket;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LegSenderTest {
    private final List<RtpPacket> sent = new ArrayList<>();
    private final LegSender sender = new LegSender(AudioCodecs.PCMA, 8, new Random(3), sent::add);

    @Test
    void aPromptGoesOutFrameByFrameThenSilenceWithUnbrokenNumbering() {
        PcmAudio tone = Tones.sine(1000, Duration.ofMillis(100), 0.5, 8000);
        sender.tick(); // silence before
        sender.play(new PromptFrames(tone));
        for (int i = 0; i < 7; i++) sender.tick();
        assertThat(sent).hasSize(8);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i).sequenceNumber()).isEqualTo((sent.get(i - 1).sequenceNumber() + 1) & 0xFFFF);
            assertThat(sent.get(i).timestamp()).isEqualTo((sent.get(i - 1).timestamp() + 160) & 0xFFFFFFFFL);
            assertThat(sent.get(i).ssrc()).isEqualTo(sender.ssrc());
            assertThat(sent.get(i).payloadType()).isEqualTo(8);
        }
        assertThat(sent.stream().map(RtpPacket::marker).toList()).containsExactly(false, true, false, false, false, false, false, false);
        ByteArrayOutputStream heard = new ByteArrayOutputStream();
        for (int i = 1; i <= 5; i++) heard.writeBytes(sent.get(i).payload());
        PcmAudio decoded = PcmAudio.of(AudioCodecs.PCMA.decode(heard.toByteArray()), 8000);
        assertThat(ToneDetector.isDominant(decoded, 1000)).isTrue();
        assertThat(sent.get(7).payload()).containsOnly((byte) 0xD5);
    }

    @Test
    void stoppingAPromptFallsBackToSilenceAtTheNextTick() {
        PromptFrames prompt = new PromptFrames(Tones.sine(500, Duration.ofSeconds(2), 0.5, 8000));
        sender.play(prompt);
        sender.tick();
        prompt.stop();
        sender.tick();
        assertThat(sent.get(1).payload()).containsOnly((byte) 0xD5);
        assertThat(sender.sent()).isEqualTo(2);
    }

    @Test
    void theTickerRunsEveryLegEachRoundAndAFailingOneHarmsNoOther() {
        MediaTicker ticker = new MediaTicker(System::nanoTime);
        ticker.add(sender::tick);
        ticker.add(() -> { throw new IllegalStateException("broken leg"); });
        ticker.round();
        ticker.round();
        assertThat(sent).hasSize(2);
        assertThat(ticker.failures()).isEqualTo(2);
        assertThat(ticker.rounds()).isEqualTo(2);
    }
}
