package dev.switchboard.media.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;

/**
 * Decodes an MP3 (MPEG-1/2/2.5 Layer III, as {@code <Play>} fetches them) held in memory into {@link PcmAudio} at
 * the file's own rate, stereo mixed down to mono. Uses mp3spi's reader and converter directly rather than through
 * {@code AudioSystem}'s service lookup, so it works the same in a shaded jar. Anything mp3spi cannot decode, and
 * any failure inside it, becomes an {@link UnsupportedAudioException}. CPU-bound (about 0.1 s per minute of
 * audio); decode each URL once and cache the result. Thread-safe: every call has its own decoder.
 */
public final class Mp3Decoder {
    private Mp3Decoder() {}

    /** The audio in {@code mp3}; throws {@link UnsupportedAudioException} when it is not a decodable MP3. */
    public static PcmAudio decode(byte[] mp3) {
        try (AudioInputStream encoded = new MpegAudioFileReader().getAudioInputStream(new ByteArrayInputStream(mp3))) {
            AudioFormat source = encoded.getFormat();
            int channels = source.getChannels();
            int rate = Math.round(source.getSampleRate());
            if (channels < 1 || channels > 2 || rate < 1) {
                throw new UnsupportedAudioException("MP3 with " + channels + " channels at " + source.getSampleRate() + " Hz");
            }
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, false);
            try (AudioInputStream decoded = new MpegFormatConversionProvider().getAudioInputStream(pcm, encoded)) {
                return mixDown(readAll(decoded), channels, rate);
            }
        } catch (UnsupportedAudioException e) {
            throw e;
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new UnsupportedAudioException("not an MP3 file (no MPEG audio frame found)", e);
        } catch (IOException | RuntimeException e) {
            // jlayer reports damaged streams with IOExceptions and, on some inputs, with runtime exceptions
            throw new UnsupportedAudioException("damaged MP3: " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static PcmAudio mixDown(byte[] le16, int channels, int rate) {
        int frames = le16.length / (2 * channels);
        short[] out = new short[frames];
        for (int f = 0; f < frames; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int i = 2 * (f * channels + c);
                sum += (short) ((le16[i] & 0xFF) | (le16[i + 1] << 8));
            }
            out[f] = (short) (sum / channels);
        }
        return PcmAudio.of(out, rate);
    }
}
