package dev.switchboard.media.tts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import dev.switchboard.media.audio.PcmAudio;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FreeTTS 1.2.2 (pure Java, BSD-style licence) with its one usable voice, {@code kevin16}: US English, male,
 * 16 kHz, robotic. Always available, so it is the fallback for every request. It has no female voice: both genders
 * get kevin16. Other languages are read with English rules.
 *
 * <p>Thread safety: a FreeTTS {@link Voice} holds its utterance pipeline and audio player as fields, so one voice
 * must never speak two texts at once. This engine keeps a pool of up to {@code poolSize} allocated voices; a call
 * borrows one (blocking while all are busy) and returns it when done. A voice is loaded on first need (about half a
 * second the first time, then tens of milliseconds). The voice directory is instantiated directly rather than
 * through the {@code freetts.voices} system property, so no global state is touched.
 */
public final class FreeTtsSynthesizer extends SegmentedSynthesizer {
    public static final String VOICE = "kevin16";
    public static final int SAMPLE_RATE = 16_000;
    /** FreeTTS's normal speaking rate in words per minute. */
    private static final float NORMAL_WPM = 150f;

    private final int poolSize;
    private final BlockingQueue<Voice> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger created = new AtomicInteger();

    /** An engine with up to {@code poolSize} concurrent voices (each about 10 MB of heap once loaded). */
    public FreeTtsSynthesizer(int poolSize) {
        if (poolSize < 1) throw new IllegalArgumentException("pool size must be at least 1: " + poolSize);
        this.poolSize = poolSize;
    }

    /** An engine with as many voices as the machine has processors. */
    public FreeTtsSynthesizer() { this(Math.max(1, Runtime.getRuntime().availableProcessors())); }

    @Override public String name() { return "freetts"; }

    @Override public List<String> voices() { return List.of(VOICE); }

    @Override public boolean speaks(String language) { return new VoiceTraits(VoiceTraits.Gender.MALE, language).isEnglish(); }

    @Override protected String voiceFor(VoiceTraits traits) { return VOICE; }

    @Override protected int sampleRate(String voice) { return SAMPLE_RATE; }

    @Override
    protected PcmAudio render(String text, String voice, double rate) {
        Voice v = borrow();
        try {
            CollectingAudioPlayer player = new CollectingAudioPlayer();
            v.setAudioPlayer(player);
            v.setRate((float) (NORMAL_WPM * rate));
            if (!v.speak(text)) throw new SpeechSynthesisException("FreeTTS did not speak: " + text);
            return player.audio(SAMPLE_RATE);
        } finally {
            idle.add(v);
        }
    }

    private Voice borrow() {
        Voice v = idle.poll();
        if (v != null) return v;
        if (created.getAndIncrement() < poolSize) {
            try {
                return load();
            } catch (RuntimeException e) {
                created.decrementAndGet();
                throw e;
            }
        }
        created.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechSynthesisException("interrupted waiting for a FreeTTS voice", e);
        }
    }

    private static Voice load() {
        for (Voice v : new KevinVoiceDirectory().getVoices()) {
            if (v.getName().equals(VOICE)) {
                v.allocate();
                return v;
            }
        }
        throw new SpeechSynthesisException("FreeTTS has no voice " + VOICE);
    }
}
