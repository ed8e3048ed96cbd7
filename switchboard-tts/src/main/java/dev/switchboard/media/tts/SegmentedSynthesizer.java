package dev.switchboard.media.tts;

import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.tts.SpeechSegment.Silence;
import dev.switchboard.media.tts.SpeechSegment.Speech;

/**
 * The part every engine shares: read the body with {@link SsmlSubset}, render each run of words with
 * {@link #render}, and join them with the pauses, all at the voice's native rate.
 */
abstract class SegmentedSynthesizer implements Synthesizer {
    /** Renders {@code text} (plain words, no markup) with the local {@code voice} at {@code rate} × normal speed. */
    protected abstract PcmAudio render(String text, String voice, double rate);

    /** The native sample rate of the local {@code voice}. */
    protected abstract int sampleRate(String voice);

    /** The local voice for {@code traits}. */
    protected abstract String voiceFor(VoiceTraits traits);

    @Override
    public final String voiceFor(SpeechRequest request) {
        return voiceFor(TwilioVoices.traits(request));
    }

    @Override
    public final PcmAudio synthesize(SpeechRequest request) {
        String voice = voiceFor(request);
        int rate = sampleRate(voice);
        PcmAudio audio = PcmAudio.of(new short[0], rate);
        for (SpeechSegment segment : SsmlSubset.parse(request.text())) {
            PcmAudio piece = switch (segment) {
                case Speech(String text, double speed) -> render(text, voice, speed);
                case Silence(var length) -> PcmAudio.silence(length, rate);
            };
            if (piece.sampleRate() != rate) {
                throw new SpeechSynthesisException(name() + " voice " + voice + " gave " + piece.sampleRate() + " Hz, not " + rate);
            }
            audio = audio.append(piece);
        }
        return audio;
    }

    @Override
    public String toString() { return name() + voices(); }
}
