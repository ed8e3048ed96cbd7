package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class Mp3DecoderTest {
    @Test
    void anEncodedToneDecodesToTheSameTone() {
        PcmAudio tone = Tones.sine(1000, Duration.ofSeconds(1), 0.5, 22_050);
        PcmAudio decoded = Mp3Decoder.decode(encode(tone, 1));
        assertThat(decoded.sampleRate()).isEqualTo(22_050);
        assertThat(decoded.duration()).isBetween(Duration.ofMillis(950), Duration.ofMillis(1200));
        assertThat(ToneDetector.share(decoded, 1000)).isGreaterThan(0.9);
        assertThat(ToneDetector.isDominant(Resampler.toTelephoneRate(decoded), 1000)).isTrue();
    }

    @Test
    void aStereoMp3IsMixedDownToMono() {
        PcmAudio tone = Tones.sine(700, Duration.ofMillis(500), 0.4, 44_100);
        PcmAudio decoded = Mp3Decoder.decode(encode(tone, 2));
        assertThat(decoded.sampleRate()).isEqualTo(44_100);
        assertThat(decoded.duration()).isBetween(Duration.ofMillis(450), Duration.ofMillis(650));
        assertThat(ToneDetector.share(decoded, 700)).isGreaterThan(0.8); // joint stereo coding costs a little
    }

    @Test
    void bytesThatAreNotAnMp3AreRefused() {
        assertThatThrownBy(() -> Mp3Decoder.decode(WavWriter.pcm16(Tones.beep(8000)))).isInstanceOf(UnsupportedAudioException.class);
        assertThatThrownBy(() -> Mp3Decoder.decode(new byte[0])).isInstanceOf(UnsupportedAudioException.class);
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            byte[] noise = new byte[random.nextInt(4000)];
            random.nextBytes(noise);
            try {
                Mp3Decoder.decode(noise);
            } catch (UnsupportedAudioException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    /** The tone as an MP3 (64 kbit/s mono, 160 stereo, so LAME keeps the rate), through jump3r (test scope only); {@code channels} copies of it. */
    private static byte[] encode(PcmAudio audio, int channels) {
        int rate = audio.sampleRate();
        AudioFormat pcm = new AudioFormat(rate, 16, channels, true, false);
        LameEncoder encoder = new LameEncoder(pcm, channels == 1 ? 64 : 160, channels == 1 ? LameEncoder.CHANNEL_MODE_MONO
            : LameEncoder.CHANNEL_MODE_JOINT_STEREO, LameEncoder.QUALITY_MIDDLE, false);
        ByteBuffer in = ByteBuffer.allocate(audio.length() * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < audio.length(); i++) for (int c = 0; c < channels; c++) in.putShort(audio.sample(i));
        byte[] pcmBytes = in.array();
        byte[] buffer = new byte[encoder.getMP3BufferSize()];
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        int chunk = encoder.getPCMBufferSize();
        for (int at = 0; at < pcmBytes.length; at += chunk) {
            int n = encoder.encodeBuffer(pcmBytes, at, Math.min(chunk, pcmBytes.length - at), buffer);
            mp3.write(buffer, 0, n);
        }
        mp3.write(buffer, 0, encoder.encodeFinish(buffer));
        encoder.close();
        return mp3.toByteArray();
    }
}
