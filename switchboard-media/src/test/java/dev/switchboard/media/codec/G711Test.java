package dev.switchboard.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {
    @Test
    void knownCodeWords() {
        assertThat(G711.ulawDecode((byte) 0xFF)).isZero();
        assertThat(G711.ulawDecode((byte) 0x7F)).isZero();
        assertThat(G711.ulawDecode((byte) 0x80)).isEqualTo((short) 32_124);
        assertThat(G711.ulawDecode((byte) 0x00)).isEqualTo((short) -32_124);
        assertThat(G711.ulawEncode((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.alawEncode((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.alawDecode((byte) 0xD5)).isEqualTo((short) 8);
        assertThat(G711.alawDecode((byte) 0x55)).isEqualTo((short) -8);
        assertThat(G711.alawDecode((byte) 0xAA)).isEqualTo((short) 32_256);
        assertThat(G711.alawDecode((byte) 0x2A)).isEqualTo((short) -32_256);
    }

    @Test
    void everyCodeWordSurvivesDecodeThenEncode() {
        for (int b = 0; b < 256; b++) {
            byte u = (byte) b;
            if (b != 0x7F) assertThat(G711.ulawEncode(G711.ulawDecode(u))).as("ulaw %02x", b).isEqualTo(u);
            assertThat(G711.alawEncode(G711.alawDecode(u))).as("alaw %02x", b).isEqualTo(u);
        }
    }

    @Test
    void theRoundTripErrorStaysWithinTheSegmentStepAcrossTheWholeRange() {
        for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
            short x = (short) s;
            int u = G711.ulawDecode(G711.ulawEncode(x));
            int a = G711.alawDecode(G711.alawEncode(x));
            // half the widest step of the sample's segment, with slack; past μ-law's clip level (32,635) up to 643
            int allowed = Math.abs(s) > 32_000 ? 700 : (int) Math.max(16, Math.abs(s) / 16.0 + 8);
            assertThat(Math.abs(u - s)).as("ulaw %d", s).isLessThanOrEqualTo(allowed);
            assertThat(Math.abs(a - s)).as("alaw %d", s).isLessThanOrEqualTo(allowed);
        }
    }

    @Test
    void transcodingAgreesWithDecodeAndEncode() {
        for (int b = 0; b < 256; b++) {
            byte x = (byte) b;
            assertThat(G711.ulawToAlaw(x)).isEqualTo(G711.alawEncode(G711.ulawDecode(x)));
            assertThat(G711.alawToUlaw(x)).isEqualTo(G711.ulawEncode(G711.alawDecode(x)));
        }
        short[] everySample = new short[65_536];
        for (int i = 0; i < everySample.length; i++) everySample[i] = (short) (i + Short.MIN_VALUE);
        byte[] ulaw = AudioCodecs.PCMU.encode(everySample);
        assertThat(AudioCodecs.PCMU.transcode(ulaw, AudioCodecs.PCMA)).isEqualTo(AudioCodecs.PCMA.encode(AudioCodecs.PCMU.decode(ulaw)));
        byte[] alaw = AudioCodecs.PCMA.encode(everySample);
        assertThat(AudioCodecs.PCMA.transcode(alaw, AudioCodecs.PCMU)).isEqualTo(AudioCodecs.PCMU.encode(AudioCodecs.PCMA.decode(alaw)));
        byte[] frame = AudioCodecs.PCMU.encode(new short[] {0, 1000, -1000, 20000});
        assertThat(AudioCodecs.PCMU.transcode(frame, AudioCodecs.PCMA)).isEqualTo(AudioCodecs.PCMA.encode(AudioCodecs.PCMU.decode(frame)));
        assertThat(AudioCodecs.forPayloadType(0)).contains(AudioCodecs.PCMU);
        assertThat(AudioCodecs.forPayloadType(8)).contains(AudioCodecs.PCMA);
        assertThat(AudioCodecs.forPayloadType(18)).isEmpty();
    }
}
