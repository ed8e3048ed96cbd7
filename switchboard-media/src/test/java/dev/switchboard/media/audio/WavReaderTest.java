package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavReaderTest {
    private static final PcmAudio TONE = Tones.sine(1000, Duration.ofMillis(100), 0.5, 8000);

    @Test
    void pcm16WrittenThenReadIsTheSameAudio() {
        assertThat(WavReader.read(WavWriter.pcm16(TONE))).isEqualTo(TONE);
        PcmAudio wide = Tones.sine(440, Duration.ofMillis(50), 0.9, 44_100);
        assertThat(WavReader.read(WavWriter.pcm16(wide))).isEqualTo(wide);
    }

    @Test
    void aPcm16FileHasTheClassic44ByteHeader() {
        byte[] wav = WavWriter.pcm16(TONE);
        assertThat(wav).hasSize(44 + 2 * TONE.length());
        assertThat(new String(wav, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
    }

    @Test
    void ulawAndAlawFilesReadBackWithinG711Error() {
        for (byte[] wav : new byte[][] {WavWriter.ulaw(TONE), WavWriter.alaw(TONE)}) {
            PcmAudio back = WavReader.read(wav);
            assertThat(back.length()).isEqualTo(TONE.length());
            for (int i = 0; i < TONE.length(); i++) assertThat(Math.abs(back.sample(i) - TONE.sample(i))).isLessThanOrEqualTo(600);
        }
        assertThat(WavReader.u16(WavWriter.ulaw(TONE), 20)).isEqualTo(7);
        assertThat(WavReader.u16(WavWriter.alaw(TONE), 20)).isEqualTo(6);
    }

    @Test
    void stereoIsMixedDownAndEightBitIsUnsigned() {
        byte[] stereo = wav(1, 2, 16_000, 16, null, le16(1000, 3000, -2000, -4000));
        assertThat(WavReader.read(stereo)).isEqualTo(PcmAudio.of(new short[] {2000, -3000}, 16_000));
        byte[] eight = wav(1, 1, 11_025, 8, null, new byte[] {(byte) 128, (byte) 255, 0});
        assertThat(WavReader.read(eight)).isEqualTo(PcmAudio.of(new short[] {0, 127 << 8, -128 << 8}, 11_025));
    }

    @Test
    void unknownChunksAreSkippedIncludingOddSizedOnes() {
        byte[] list = chunk("LIST", "INFOISFT\3\0\0\0ab\0".getBytes(StandardCharsets.ISO_8859_1));
        byte[] wav = wav(1, 1, 8000, 16, list, le16(5, -5));
        assertThat(WavReader.read(wav)).isEqualTo(PcmAudio.of(new short[] {5, -5}, 8000));
    }

    @Test
    void waveFormatExtensibleIsReadByItsSubFormat() {
        ByteBuffer fmt = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 0xFFFE).putShort((short) 1).putInt(48_000).putInt(96_000).putShort((short) 2).putShort((short) 16)
            .putShort((short) 22).putShort((short) 16).putInt(4).putShort((short) 1).put(new byte[14]);
        byte[] wav = riff(chunk("fmt ", fmt.array()), chunk("data", le16(7, 8)));
        assertThat(WavReader.read(wav)).isEqualTo(PcmAudio.of(new short[] {7, 8}, 48_000));
    }

    @Test
    void streamingDataLengthRunsToTheEndOfTheFile() {
        byte[] wav = WavWriter.pcm16(TONE);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);
        assertThat(WavReader.read(wav)).isEqualTo(TONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3 | 1 | 32 | IEEE float",
        "1 | 1 | 24 | linear PCM, 24 bits",
        "2 | 1 | 4  | Microsoft ADPCM",
        "17| 1 | 4  | IMA ADPCM",
        "49| 1 | 0  | GSM 6.10",
        "85| 2 | 0  | MPEG audio",
        "1 | 0 | 16 | 0 channels",
    })
    void otherEncodingsAreRefusedSayingWhatTheyAre(int tag, int channels, int bits, String found) {
        assertThatThrownBy(() -> WavReader.read(wav(tag, channels, 8000, bits, null, new byte[64])))
            .isInstanceOf(UnsupportedAudioException.class).hasMessageContaining(found);
    }

    @Test
    void damagedFilesAreRefusedSayingWhy() {
        byte[] good = WavWriter.pcm16(TONE);
        assertThatThrownBy(() -> WavReader.read(Arrays.copyOf(good, 100))).hasMessageContaining("truncated WAV: data chunk declares 1600");
        assertThatThrownBy(() -> WavReader.read("ID3\4 this is an mp3".getBytes(StandardCharsets.US_ASCII)))
            .hasMessageContaining("not a WAV file: starts with \"ID3\\x04\"");
        assertThatThrownBy(() -> WavReader.read(riff(chunk("data", le16(1))))).hasMessageContaining("before any fmt");
        assertThatThrownBy(() -> WavReader.read(riff(chunk("LIST", new byte[4])))).hasMessageContaining("no fmt chunk");
        assertThatThrownBy(() -> WavReader.read(new byte[3])).hasMessageContaining("only 3 bytes");
    }

    @Test
    void randomBytesAndEveryTruncationOnlyEverGiveUnsupportedAudio() {
        Random random = new Random(12);
        byte[] good = WavWriter.ulaw(TONE);
        for (int cut = 0; cut <= good.length; cut++) readOrRefuse(Arrays.copyOf(good, cut));
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = Arrays.copyOf(good, good.length);
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) bytes[random.nextInt(60)] = (byte) random.nextInt();
            readOrRefuse(bytes);
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            if (noise.length >= 12 && random.nextBoolean()) System.arraycopy(good, 0, noise, 0, 12);
            readOrRefuse(noise);
        }
    }

    private static void readOrRefuse(byte[] bytes) {
        try {
            WavReader.read(bytes);
        } catch (UnsupportedAudioException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    static byte[] wav(int tag, int channels, int rate, int bits, byte[] extra, byte[] data) {
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        int block = channels * bits / 8;
        fmt.putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * block).putShort((short) block).putShort((short) bits);
        return extra == null ? riff(chunk("fmt ", fmt.array()), chunk("data", data))
            : riff(chunk("fmt ", fmt.array()), extra, chunk("data", data));
    }

    static byte[] chunk(String id, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length + (body.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body).array();
    }

    static byte[] riff(byte[]... chunks) {
        int size = 4 + Arrays.stream(chunks).mapToInt(c -> c.length).sum();
        ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) b.put(c);
        return b.array();
    }

    static byte[] le16(int... samples) {
        ByteBuffer b = ByteBuffer.allocate(2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int s : samples) b.putShort((short) s);
        return b.array();
    }
}
