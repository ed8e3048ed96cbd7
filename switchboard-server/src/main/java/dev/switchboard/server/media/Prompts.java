package dev.switchboard.server.media;

import dev.switchboard.media.audio.PcmAudio;
import dev.switchboard.media.audio.Resampler;
import dev.switchboard.media.audio.Tones;
import dev.switchboard.media.tts.EspeakSynthesizer;
import dev.switchboard.media.tts.FreeTtsSynthesizer;
import dev.switchboard.media.tts.PromptCache;
import dev.switchboard.media.tts.SpeechEngines;
import dev.switchboard.media.tts.SpeechRequest;

/**
 * A leg's prompts as 8 kHz audio: {@code <Say>} text through the text-to-speech engines (cached by
 * them), {@code <Play>} files through {@link PlayAudioFetcher} (which throws Twilio's
 * {@link dev.switchboard.core.interpreter.PromptUnavailableException} codes), and the {@code <Record>}
 * beep. Thread-safe.
 */
public final class Prompts {
    private final SpeechEngines speech;
    private final PlayAudioFetcher files;
    private final PcmAudio beep = Tones.beep(PcmAudio.TELEPHONE_RATE);

    public Prompts(SpeechEngines speech, PlayAudioFetcher files) {
        this.speech = speech;
        this.files = files;
    }

    /**
     * FreeTTS, and espeak-ng (a subprocess) when installed, with a fetcher and the default caches. flite is left
     * out on calls: through JNA it crashed the JVM (SIGSEGV in libc) when a call's virtual thread spoke — native
     * code on a carrier thread's stack — and a crash would take every call on the node with it (docs/media.md).
     */
    public static Prompts detect() {
        SpeechEngines engines = new SpeechEngines(java.util.Optional.empty(), EspeakSynthesizer.probe(),
                new FreeTtsSynthesizer(), new PromptCache(PromptCache.DEFAULT_MAX_SAMPLES));
        return new Prompts(engines, PlayAudioFetcher.create(new TelephoneAudioDecoder()));
    }

    public PcmAudio say(String text, String voice, String language) {
        return Resampler.toTelephoneRate(speech.synthesize(new SpeechRequest(text, voice, language)));
    }

    public PcmAudio play(String url) { return files.fetch(url); }

    public PcmAudio beep() { return beep; }
}
