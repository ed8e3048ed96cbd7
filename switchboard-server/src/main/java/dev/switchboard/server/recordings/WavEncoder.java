package dev.switchboard.server.recordings;

import dev.switchboard.media.audio.PcmAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A canonical 44-byte RIFF/WAVE header and the samples as 16-bit little-endian PCM, mono, at the
 * audio's rate (8 kHz for telephone audio: Twilio's 128 kbps WAV). Pure; never blocks.
 */
public final class WavEncoder {
    /** Bytes before the first sample. */
    public static final int HEADER_BYTES = 44;

    private WavEncoder() {}

    public static byte[] encode(PcmAudio audio) {
        int dataBytes = audio.length() * 2;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)                      // PCM
                .putShort((short) 1)                      // mono
                .putInt(audio.sampleRate())
                .putInt(audio.sampleRate() * 2)           // byte rate
                .putShort((short) 2)                      // block align
                .putShort((short) 16);                    // bits per sample
        b.put(ascii("data")).putInt(dataBytes);
        for (int i = 0; i < audio.length(); i++) b.putShort(audio.sample(i));
        return b.array();
    }

    private static byte[] ascii(String s) { return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII); }
}
