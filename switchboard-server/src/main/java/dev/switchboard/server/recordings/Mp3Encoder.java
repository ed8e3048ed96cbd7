package dev.switchboard.server.recordings;

import de.sciss.jump3r.lowlevel.LameEncoder;
import dev.switchboard.media.audio.PcmAudio;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;

/**
 * MP3 of mono 16-bit audio at 32 kbps constant bit rate (Twilio serves recordings as 32 kbps MP3),
 * with jump3r, the pure-Java port of LAME (LGPL-2.1). CPU-bound; never blocks on I/O.
 */
public final class Mp3Encoder {
    public static final int KBPS = 32;

    private Mp3Encoder() {}

    public static byte[] encode(PcmAudio audio) {
        AudioFormat source = new AudioFormat(audio.sampleRate(), 16, 1, true, false);
        LameEncoder lame = new LameEncoder(source, KBPS, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        try {
            ByteBuffer pcm = ByteBuffer.allocate(audio.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < audio.length(); i++) pcm.putShort(audio.sample(i));
            byte[] input = pcm.array();
            byte[] out = new byte[lame.getMP3BufferSize()];
            int chunk = lame.getPCMBufferSize();
            ByteArrayOutputStream mp3 = new ByteArrayOutputStream(input.length / 4 + 1024);
            for (int at = 0; at < input.length; at += chunk) {
                int n = lame.encodeBuffer(input, at, Math.min(chunk, input.length - at), out);
                mp3.write(out, 0, n);
            }
            int tail = lame.encodeFinish(out);
            mp3.write(out, 0, tail);
            return mp3.toByteArray();
        } finally {
            lame.close();
        }
    }
}
