package dev.switchboard.media.audio;

import dev.switchboard.media.codec.G711;

/**
 * Reads a RIFF/WAVE file held in memory into {@link PcmAudio} at the file's own rate. Decodes linear PCM of 8
 * bits (unsigned) or 16 bits (signed little-endian), μ-law (format tag 7) and A-law (6), also when wrapped in
 * {@code WAVE_FORMAT_EXTENSIBLE}; any number of channels is mixed down to mono by averaging. Chunks other than
 * {@code fmt } and {@code data} ({@code LIST}, {@code fact}, {@code cue }, …) are skipped.
 *
 * <p>Everything else, and every malformed or truncated file, gets an {@link UnsupportedAudioException} saying
 * what was found; nothing else is thrown for any input. Pure and thread-safe; never blocks.
 */
public final class WavReader {
    static final int PCM = 1;
    static final int ALAW = 6;
    static final int ULAW = 7;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_LENGTH = 0xFFFF_FFFFL;
    private static final int MAX_CHANNELS = 16;
    private static final int MAX_RATE = 768_000;

    private WavReader() {}

    /** The audio in {@code wav}; throws {@link UnsupportedAudioException} for anything it cannot decode. */
    public static PcmAudio read(byte[] wav) {
        if (wav.length < 12) throw new UnsupportedAudioException("not a WAV file: only " + wav.length + " bytes");
        String riff = fourCc(wav, 0);
        if (riff.equals("RIFX")) throw new UnsupportedAudioException("big-endian WAV (RIFX) is not supported");
        if (!riff.equals("RIFF") || !fourCc(wav, 8).equals("WAVE")) {
            throw new UnsupportedAudioException("not a WAV file: starts with " + printable(wav, 0) + "…" + printable(wav, 8));
        }
        Format format = null;
        int at = 12;
        // The RIFF size is ignored: streaming writers often leave it wrong; the chunks themselves are checked.
        while (at + 8 <= wav.length) {
            String id = fourCc(wav, at);
            long size = u32(wav, at + 4);
            int body = at + 8;
            if (id.equals("fmt ")) {
                if (size > wav.length - body) throw truncated("fmt", size, wav.length - body);
                format = Format.parse(wav, body, (int) size);
            } else if (id.equals("data")) {
                if (format == null) throw new UnsupportedAudioException("WAV data chunk comes before any fmt chunk");
                long available = wav.length - body;
                if (size == UNKNOWN_LENGTH) size = available; // written while streaming: the data runs to the end
                if (size > available) throw truncated("data", size, available);
                return format.decode(wav, body, (int) size);
            }
            long next = body + size + (size & 1); // chunks are padded to an even length
            if (next > wav.length) throw truncated(id.strip(), size, wav.length - body);
            at = (int) next;
        }
        throw new UnsupportedAudioException(format == null ? "WAV file has no fmt chunk" : "WAV file has no data chunk");
    }

    /** The fields of a {@code fmt } chunk this reader needs, already checked. */
    private record Format(int tag, int channels, int sampleRate, int bits) {
        static Format parse(byte[] b, int at, int size) {
            if (size < 16) throw new UnsupportedAudioException("WAV fmt chunk is " + size + " bytes, shorter than 16");
            int tag = u16(b, at);
            int channels = u16(b, at + 2);
            long rate = u32(b, at + 4);
            int bits = u16(b, at + 14);
            if (tag == EXTENSIBLE) {
                if (size < 40) throw new UnsupportedAudioException("WAVE_FORMAT_EXTENSIBLE fmt chunk is only " + size + " bytes");
                tag = u16(b, at + 24); // the first two bytes of the sub-format GUID are the classic format tag
            }
            if (channels < 1 || channels > MAX_CHANNELS) throw new UnsupportedAudioException("WAV with " + channels + " channels");
            if (rate < 1 || rate > MAX_RATE) throw new UnsupportedAudioException("WAV sample rate " + rate + " Hz");
            boolean supported = switch (tag) {
                case PCM -> bits == 8 || bits == 16;
                case ALAW, ULAW -> bits == 8;
                default -> false;
            };
            if (!supported) throw new UnsupportedAudioException("unsupported WAV encoding: " + describe(tag, bits)
                + "; Switchboard reads 8/16-bit PCM, μ-law and A-law");
            return new Format(tag, channels, (int) rate, bits);
        }

        PcmAudio decode(byte[] b, int at, int size) {
            int frameBytes = channels * (bits / 8);
            int frames = size / frameBytes; // a trailing partial frame is dropped
            short[] out = new short[frames];
            for (int f = 0; f < frames; f++) {
                int sum = 0;
                int base = at + f * frameBytes;
                for (int c = 0; c < channels; c++) sum += sample(b, base + c * (bits / 8));
                out[f] = (short) (sum / channels);
            }
            return PcmAudio.of(out, sampleRate);
        }

        private int sample(byte[] b, int i) {
            return switch (tag) {
                case ULAW -> G711.ulawDecode(b[i]);
                case ALAW -> G711.alawDecode(b[i]);
                default -> bits == 8 ? ((b[i] & 0xFF) - 128) << 8 : (short) ((b[i] & 0xFF) | (b[i + 1] << 8));
            };
        }
    }

    private static String describe(int tag, int bits) {
        String name = switch (tag) {
            case PCM -> "linear PCM";
            case 2 -> "Microsoft ADPCM";
            case 3 -> "IEEE float";
            case ALAW -> "A-law";
            case ULAW -> "μ-law";
            case 0x11 -> "IMA ADPCM";
            case 0x31 -> "GSM 6.10";
            case 0x50, 0x55 -> "MPEG audio";
            default -> String.format("format tag 0x%04X", tag);
        };
        return name + ", " + bits + " bits per sample";
    }

    private static UnsupportedAudioException truncated(String chunk, long declared, long available) {
        return new UnsupportedAudioException("truncated WAV: " + chunk + " chunk declares " + declared
            + " bytes but " + Math.max(0, available) + " follow");
    }

    private static String fourCc(byte[] b, int at) {
        return new String(b, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String printable(byte[] b, int at) {
        StringBuilder s = new StringBuilder();
        for (int i = at; i < at + 4 && i < b.length; i++) {
            int c = b[i] & 0xFF;
            s.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return "\"" + s + "\"";
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }
}
