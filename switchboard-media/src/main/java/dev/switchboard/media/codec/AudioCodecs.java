package dev.switchboard.media.codec;

import java.util.Optional;

/**
 * Whole frames through G.711, by RTP static payload type (RFC 3551): 0 is PCMU (μ-law), 8 is PCMA
 * (A-law). Frames are 8 kHz, one byte per sample. Pure and thread-safe.
 */
public enum AudioCodecs {
    PCMU(0, G711.ULAW_SILENCE),
    PCMA(8, G711.ALAW_SILENCE);

    private final int payloadType;
    private final byte silence;

    AudioCodecs(int payloadType, byte silence) {
        this.payloadType = payloadType;
        this.silence = silence;
    }

    public int payloadType() { return payloadType; }

    /** The byte a silent sample encodes to. */
    public byte silence() { return silence; }

    /** The codec of a static payload type; empty for any other (house style: no {@code null} in public signatures). */
    public static Optional<AudioCodecs> forPayloadType(int pt) {
        return switch (pt) {
            case 0 -> Optional.of(PCMU);
            case 8 -> Optional.of(PCMA);
            default -> Optional.empty();
        };
    }

    public byte[] encode(short[] samples) {
        byte[] out = new byte[samples.length];
        if (this == PCMU) for (int i = 0; i < samples.length; i++) out[i] = G711.ulawEncode(samples[i]);
        else for (int i = 0; i < samples.length; i++) out[i] = G711.alawEncode(samples[i]);
        return out;
    }

    /** Decodes {@code length} bytes of {@code payload} from {@code offset}. */
    public short[] decode(byte[] payload, int offset, int length) {
        short[] out = new short[length];
        if (this == PCMU) for (int i = 0; i < length; i++) out[i] = G711.ulawDecode(payload[offset + i]);
        else for (int i = 0; i < length; i++) out[i] = G711.alawDecode(payload[offset + i]);
        return out;
    }

    public short[] decode(byte[] payload) { return decode(payload, 0, payload.length); }

    /** {@code payload} in {@code to}'s companding, byte for byte (no round trip through linear). */
    public byte[] transcode(byte[] payload, AudioCodecs to) {
        if (to == this) return payload.clone();
        byte[] out = new byte[payload.length];
        if (this == PCMU) for (int i = 0; i < payload.length; i++) out[i] = G711.ulawToAlaw(payload[i]);
        else for (int i = 0; i < payload.length; i++) out[i] = G711.alawToUlaw(payload[i]);
        return out;
    }
}
