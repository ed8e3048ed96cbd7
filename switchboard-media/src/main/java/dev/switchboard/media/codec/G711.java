package dev.switchboard.media.codec;

/**
 * ITU-T G.711 companding, μ-law (PCMU, RTP payload type 0) and A-law (PCMA, 8): one byte per
 * sample at 8 kHz. Decoding is a table lookup; encoding follows the standard's segment search on
 * the 14-bit (μ-law) or 13-bit (A-law) magnitude. Written here because it is a few lines and the
 * JDK offers no frame-level API for it. Pure and thread-safe.
 */
public final class G711 {
    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 32_635;
    private static final short[] ULAW_DECODE = new short[256];
    private static final short[] ALAW_DECODE = new short[256];
    private static final byte[] ULAW_TO_ALAW = new byte[256];
    private static final byte[] ALAW_TO_ULAW = new byte[256];
    /** μ-law silence (positive zero) and A-law silence: what a muted frame is filled with. */
    public static final byte ULAW_SILENCE = (byte) 0xFF;
    public static final byte ALAW_SILENCE = (byte) 0xD5;

    static {
        for (int i = 0; i < 256; i++) {
            ULAW_DECODE[i] = ulawToLinear((byte) i);
            ALAW_DECODE[i] = alawToLinear((byte) i);
        }
        for (int i = 0; i < 256; i++) {
            ULAW_TO_ALAW[i] = linearToAlaw(ULAW_DECODE[i]);
            ALAW_TO_ULAW[i] = linearToUlaw(ALAW_DECODE[i]);
        }
    }

    private G711() {}

    public static short ulawDecode(byte b) { return ULAW_DECODE[b & 0xFF]; }

    public static short alawDecode(byte b) { return ALAW_DECODE[b & 0xFF]; }

    public static byte ulawEncode(short sample) { return linearToUlaw(sample); }

    public static byte alawEncode(short sample) { return linearToAlaw(sample); }

    public static byte ulawToAlaw(byte b) { return ULAW_TO_ALAW[b & 0xFF]; }

    public static byte alawToUlaw(byte b) { return ALAW_TO_ULAW[b & 0xFF]; }

    private static byte linearToUlaw(short pcm) {
        int sample = pcm;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0) sample = -sample;
        if (sample > ULAW_CLIP) sample = ULAW_CLIP;
        sample += ULAW_BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) exponent--;
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    private static short ulawToLinear(byte b) {
        int u = ~b & 0xFF;
        int sign = u & 0x80;
        int exponent = (u >> 4) & 0x07;
        int mantissa = u & 0x0F;
        int magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS;
        return (short) (sign != 0 ? -magnitude : magnitude);
    }

    private static byte linearToAlaw(short pcm) {
        int sample = pcm;
        int sign = sample >= 0 ? 0x80 : 0x00;
        if (sample < 0) sample = -sample - 1;
        if (sample > 32_767) sample = 32_767;
        int exponent;
        int mantissa;
        if (sample < 256) {
            exponent = 0;
            mantissa = (sample >> 4) & 0x0F;
        } else {
            exponent = 7;
            for (int mask = 0x4000; (sample & mask) == 0 && exponent > 1; mask >>= 1) exponent--;
            mantissa = (sample >> (exponent + 3)) & 0x0F;
        }
        return (byte) ((sign | (exponent << 4) | mantissa) ^ 0x55);
    }

    private static short alawToLinear(byte b) {
        int a = (b & 0xFF) ^ 0x55;
        int sign = a & 0x80;
        int exponent = (a >> 4) & 0x07;
        int mantissa = a & 0x0F;
        int magnitude = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? magnitude : -magnitude);
    }
}
