package dev.switchboard.server.media;

import dev.switchboard.media.audio.Mp3Decoder;
import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.audio.Resampler;
import dev.switchboard.media.audio.UnsupportedAudioException;
import dev.switchboard.media.audio.WavReader;
import dev.switchboard.media.codec.AudioCodecs;
import java.util.Set;

/**
 * The {@code <Play>} types Switchboard decodes, by {@code Content-Type} (Twilio's list, spec §3.3,
 * less AIFF and GSM, which are not read yet): WAV ({@code audio/wav}, {@code audio/wave},
 * {@code audio/x-wav}), MP3 ({@code audio/mpeg}, {@code audio/mp3}) and headerless 8 kHz μ-law
 * ({@code audio/ulaw}, {@code audio/basic}); all end up at 8 kHz.
 */
public final class TelephoneAudioDecoder implements AudioDecoder {
    private static final Set<String> WAV = Set.of("audio/wav", "audio/wave", "audio/x-wav", "audio/vnd.wave");
    private static final Set<String> MP3 = Set.of("audio/mpeg", "audio/mp3", "audio/mpeg3", "audio/x-mpeg-3");
    private static final Set<String> ULAW = Set.of("audio/ulaw", "audio/basic");

    @Override
    public boolean reads(String mediaType) {
        return WAV.contains(mediaType) || MP3.contains(mediaType) || ULAW.contains(mediaType);
    }

    @Override
    public PcmAudio decode(String mediaType, byte[] body) {
        try {
            PcmAudio audio;
            if (WAV.contains(mediaType)) audio = WavReader.read(body);
            else if (MP3.contains(mediaType)) audio = Mp3Decoder.decode(body);
            else if (ULAW.contains(mediaType)) audio = PcmAudio.of(AudioCodecs.PCMU.decode(body), PcmAudio.TELEPHONE_RATE);
            else throw new UndecodableAudioException(mediaType + " is not a type Switchboard plays");
            if (audio.length() == 0) throw new UndecodableAudioException("the file holds no audio");
            return Resampler.toTelephoneRate(audio);
        } catch (UnsupportedAudioException e) {
            throw new UndecodableAudioException(e.getMessage(), e);
        }
    }
}
