package dev.switchboard.media.tts;

import dev.switchboard.media.audio.PcmAudio;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines on this machine and the choice among them per request. English: flite when installed, else FreeTTS.
 * Other languages: espeak-ng when installed and it has the language, else FreeTTS reading it with English rules
 * (logged once per language). The voice's language from {@link TwilioVoices} decides, not only the attribute.
 * {@link #synthesize} goes through the {@link PromptCache}. Thread-safe; {@link #synthesize} blocks while rendering.
 */
public final class SpeechEngines {
    private static final System.Logger LOG = System.getLogger(SpeechEngines.class.getName());

    private final Optional<Synthesizer> flite;
    private final Optional<Synthesizer> espeak;
    private final Synthesizer freeTts;
    private final PromptCache cache;
    private final Set<String> warnedLanguages = ConcurrentHashMap.newKeySet();

    /** The given engines; flite and espeak-ng may be absent, FreeTTS may not. */
    public SpeechEngines(Optional<? extends Synthesizer> flite, Optional<? extends Synthesizer> espeak, Synthesizer freeTts,
            PromptCache cache) {
        this.flite = flite.map(Synthesizer.class::cast);
        this.espeak = espeak.map(Synthesizer.class::cast);
        this.freeTts = Objects.requireNonNull(freeTts, "freeTts");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Probes flite and espeak-ng (absent ones are not offered) and adds FreeTTS and a default-size cache. */
    public static SpeechEngines detect() {
        SpeechEngines engines = new SpeechEngines(FliteSynthesizer.probe(), EspeakSynthesizer.probe(),
                new FreeTtsSynthesizer(), new PromptCache(PromptCache.DEFAULT_MAX_SAMPLES));
        LOG.log(Level.INFO, "text to speech engines: {0}", engines.available());
        return engines;
    }

    /** The engines offered, best first. */
    public List<Synthesizer> available() {
        List<Synthesizer> out = new ArrayList<>();
        flite.ifPresent(out::add);
        espeak.ifPresent(out::add);
        out.add(freeTts);
        return out;
    }

    /** The engine for {@code request}. */
    public Synthesizer choose(SpeechRequest request) {
        VoiceTraits traits = TwilioVoices.traits(request);
        if (traits.isEnglish()) return flite.orElse(freeTts);
        if (espeak.isPresent() && espeak.get().speaks(traits.language())) return espeak.get();
        if (warnedLanguages.add(traits.language().toLowerCase(Locale.ROOT))) {
            LOG.log(Level.WARNING, "no text to speech engine speaks {0}; FreeTTS reads it with English rules"
                    + " (install espeak-ng for other languages)", traits.language());
        }
        return freeTts;
    }

    /** Renders {@code request} with {@link #choose}'s engine, once per distinct prompt (see {@link PromptCache}). */
    public PcmAudio synthesize(SpeechRequest request) {
        Synthesizer engine = choose(request);
        PromptCache.Key key = new PromptCache.Key(engine.name(), engine.voiceFor(request),
                TwilioVoices.traits(request).language(), request.text());
        return cache.get(key, () -> engine.synthesize(request));
    }

    public PromptCache cache() { return cache; }
}
