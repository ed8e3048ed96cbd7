package dev.switchboard.media.tts;

import dev.switchboard.media.audio.PcmAudio;
import java.util.List;

/**
 * One text-to-speech engine. {@link #synthesize} blocks the calling (virtual) thread until the whole prompt is
 * rendered and is safe to call from many threads at once; each engine says how it serialises internally.
 * The audio comes at the engine's native rate (16 kHz or 8 kHz, see {@link PcmAudio#sampleRate()}); the caller
 * resamples it to {@link PcmAudio#TELEPHONE_RATE} for the call.
 */
public interface Synthesizer {
    /** A short stable name, part of the prompt cache key: {@code freetts}, {@code flite}, {@code espeak-ng}. */
    String name();

    /** The local voice names this engine has, such as {@code kevin16} or {@code slt}. */
    List<String> voices();

    /** Whether this engine pronounces {@code language} (a BCP 47 tag) as that language rather than as English. */
    boolean speaks(String language);

    /** The local voice this engine would use for {@code request}: Twilio's name mapped by {@link TwilioVoices}. */
    String voiceFor(SpeechRequest request);

    /**
     * Renders the request's text (plain or the {@link SsmlSubset}) with the voice {@link #voiceFor} names.
     *
     * @throws SpeechSynthesisException when the engine fails; never for odd input, which is spoken as text
     */
    PcmAudio synthesize(SpeechRequest request);
}
