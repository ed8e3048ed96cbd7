package dev.switchboard.media.tts;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import dev.switchboard.media.audio.PcmAudio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * flite 2.2 (CMU, BSD-style licence) called in process through JNA: Debian's {@code libflite1} and its voice
 * libraries. English only. Voices: {@code slt} (female, 16 kHz) for women; {@code rms} (male, 16 kHz) for men,
 * {@code awb} (Scottish male, 16 kHz) for British men, {@code kal} (male, 8 kHz) when those are missing. The caller
 * resamples to 8 kHz.
 *
 * <p>{@link #probe()} loads the libraries once; when {@code libflite} is absent it returns empty and the engine is
 * simply not offered. Thread safety: every native call runs under one lock, because flite keeps global state
 * (its error jump buffer, lexicon caches) and the speaking rate is a feature set on the shared voice. At about 30×
 * real time one lock still renders many prompts a second; a call blocks while another renders.
 */
public final class FliteSynthesizer extends SegmentedSynthesizer {
    private static final String DIR = "/usr/lib/x86_64-linux-gnu/";
    // Offsets into flite's C structs on a 64-bit ABI (cst_wave.h, cst_voice.h).
    private static final long WAVE_SAMPLE_RATE = 8, WAVE_NUM_SAMPLES = 12, WAVE_SAMPLES = 24, VOICE_FEATURES = 8;

    private final Function textToWave;
    private final Function deleteWave;
    private final Function setFloat;
    private final Map<String, Pointer> voices;
    private final Map<String, Integer> rates;
    private final Object lock = new Object();

    private FliteSynthesizer(NativeLibrary flite, Map<String, Pointer> voices, Map<String, Integer> rates) {
        this.textToWave = flite.getFunction("flite_text_to_wave");
        this.deleteWave = flite.getFunction("delete_wave");
        this.setFloat = flite.getFunction("flite_feat_set_float");
        this.voices = voices;
        this.rates = rates;
    }

    /** The engine, when {@code libflite} and at least one voice library load; empty otherwise. Never throws. */
    public static Optional<FliteSynthesizer> probe() {
        try {
            NativeLibrary flite = load("flite");
            flite.getFunction("flite_init").invokeInt(new Object[0]);
            Map<String, Pointer> voices = new LinkedHashMap<>();
            for (String name : List.of("slt", "rms", "awb", "kal")) {
                try {
                    NativeLibrary lib = load("flite_cmu_us_" + name);
                    Pointer voice = lib.getFunction("register_cmu_us_" + name).invokePointer(new Object[] {null});
                    if (voice != null) voices.put(name, voice);
                } catch (UnsatisfiedLinkError missing) {
                    // that voice is not installed; the others may be
                }
            }
            if (voices.isEmpty()) return Optional.empty();
            FliteSynthesizer engine = new FliteSynthesizer(flite, voices, new LinkedHashMap<>());
            for (String name : voices.keySet()) engine.rates.put(name, engine.nativeRate(name));
            return Optional.of(engine);
        } catch (UnsatisfiedLinkError | RuntimeException absent) {
            return Optional.empty();
        }
    }

    private static NativeLibrary load(String name) {
        try {
            return NativeLibrary.getInstance(name);
        } catch (UnsatisfiedLinkError noDevSymlink) {
            // Debian's runtime package ships only lib<name>.so.1 (the unversioned name comes with -dev).
            return NativeLibrary.getInstance(DIR + "lib" + name + ".so.1");
        }
    }

    @Override public String name() { return "flite"; }

    @Override public List<String> voices() { return List.copyOf(voices.keySet()); }

    @Override public boolean speaks(String language) { return new VoiceTraits(VoiceTraits.Gender.MALE, language).isEnglish(); }

    @Override
    protected String voiceFor(VoiceTraits traits) {
        List<String> order = new ArrayList<>();
        if (traits.gender() == VoiceTraits.Gender.FEMALE) order.add("slt");
        if (traits.language().startsWith("en-GB")) order.add("awb");
        order.addAll(List.of("rms", "awb", "kal", "slt"));
        return order.stream().filter(voices::containsKey).findFirst().orElseThrow();
    }

    @Override protected int sampleRate(String voice) { return rates.get(voice); }

    @Override
    protected PcmAudio render(String text, String voice, double rate) {
        Pointer handle = voices.get(voice);
        synchronized (lock) {
            Pointer features = handle.getPointer(VOICE_FEATURES);
            setFloat.invokeVoid(new Object[] {features, "duration_stretch", (float) (1.0 / rate)});
            Pointer wave = textToWave.invokePointer(new Object[] {text, handle});
            if (wave == null) throw new SpeechSynthesisException("flite returned no wave for: " + text);
            try {
                int sampleRate = wave.getInt(WAVE_SAMPLE_RATE);
                int count = wave.getInt(WAVE_NUM_SAMPLES);
                Pointer samples = wave.getPointer(WAVE_SAMPLES);
                short[] pcm = count == 0 || samples == null ? new short[0] : samples.getShortArray(0, count);
                return PcmAudio.of(pcm, sampleRate);
            } finally {
                deleteWave.invokeVoid(new Object[] {wave});
            }
        }
    }

    private int nativeRate(String voice) {
        return render("a", voice, 1.0).sampleRate();
    }
}
