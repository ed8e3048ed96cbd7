package dev.switchboard.media.audio;

import dev.switchboard.media.codec.G711;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link PcmAudio} as a mono RIFF/WAVE file at the audio's own rate: 16-bit linear PCM (a 44-byte
 * header, what Twilio's recordings are) or 8-bit μ-law / A-law (format tags 7 and 6, with the {@code fact}
 * chunk the WAVE spec asks of non-PCM formats). {@link WavReader} reads all three back. Pure; never blocks.
 */
public final class WavWriter {
    private WavWriter() {}

    /** 16-bit signed little-endian PCM, mono. */
    public static byte[] pcm16(PcmAudio audio) {
        int n = audio.length();
        ByteBuffer out = header(WavReader.PCM, audio.sampleRate(), 16, 16, n * 2, n);
        for (int i = 0; i < n; i++) out.putShort(audio.sample(i));
        return out.array();
    }

    /** 8-bit G.711 μ-law, mono (telephone audio is at {@value PcmAudio#TELEPHONE_RATE} Hz). */
    public static byte[] ulaw(PcmAudio audio) {
        return companded(audio, WavReader.ULAW);
    }

    /** 8-bit G.711 A-law, mono. */
    public static byte[] alaw(PcmAudio audio) {
        return companded(audio, WavReader.ALAW);
    }

    private static byte[] companded(PcmAudio audio, int tag) {
        int n = audio.length();
        ByteBuffer out = header(tag, audio.sampleRate(), 8, 18, n, n);
        for (int i = 0; i < n; i++) out.put(tag == WavReader.ULAW ? G711.ulawEncode(audio.sample(i)) : G711.alawEncode(audio.sample(i)));
        return out.array();
    }

    /** RIFF, fmt (16 bytes for PCM, 18 with a zero cbSize otherwise), fact for non-PCM, then the data header. */
    private static ByteBuffer header(int tag, int rate, int bits, int fmtSize, int dataBytes, int samples) {
        boolean fact = tag != WavReader.PCM;
        int pad = dataBytes & 1;
        int riffSize = 4 + (8 + fmtSize) + (fact ? 12 : 0) + 8 + dataBytes + pad;
        ByteBuffer b = ByteBuffer.allocate(8 + riffSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(riffSize).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(fmtSize).putShort((short) tag).putShort((short) 1).putInt(rate)
            .putInt(rate * bits / 8).putShort((short) (bits / 8)).putShort((short) bits);
        if (fmtSize == 18) b.putShort((short) 0);
        if (fact) b.put(ascii("fact")).putInt(4).putInt(samples);
        b.put(ascii("data")).putInt(dataBytes);
        return b; // the caller fills the data; the pad byte, if any, stays zero
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
