package dev.switchboard.media.tts;

import dev.switchboard.media.audio.PcmAudio;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Rendered prompts by (engine, voice, language, text), least recently used first out, bounded by the total number
 * of samples held (default {@value #DEFAULT_MAX_SAMPLES}: 64 MB of 16-bit audio). Thread-safe. Concurrent requests
 * for one key render it once: the first caller renders on its own thread, the others block until it is done and get
 * the same audio (or the same failure, which is not cached). A prompt larger than the whole bound is returned but
 * not kept.
 */
public final class PromptCache {
    public static final long DEFAULT_MAX_SAMPLES = 32L * 1024 * 1024;

    /** What identifies a rendered prompt. */
    public record Key(String engine, String voice, String language, String text) {
        public Key {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }

    private final long maxSamples;
    private final LinkedHashMap<Key, CompletableFuture<PcmAudio>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long samples;
    private long hits;
    private long misses;

    public PromptCache(long maxSamples) {
        if (maxSamples < 0) throw new IllegalArgumentException("negative bound: " + maxSamples);
        this.maxSamples = maxSamples;
    }

    /** The prompt for {@code key}, rendered by {@code render} if nobody has rendered or is rendering it. Blocks. */
    public PcmAudio get(Key key, Supplier<PcmAudio> render) {
        CompletableFuture<PcmAudio> mine = new CompletableFuture<>();
        CompletableFuture<PcmAudio> theirs;
        synchronized (this) {
            theirs = entries.get(key);
            if (theirs == null) {
                entries.put(key, mine);
                misses++;
            } else {
                hits++;
            }
        }
        if (theirs != null) return await(theirs);
        try {
            PcmAudio audio = render.get();
            mine.complete(audio);
            admit(key, mine, audio);
            return audio;
        } catch (RuntimeException | Error e) {
            synchronized (this) { entries.remove(key, mine); }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private synchronized void admit(Key key, CompletableFuture<PcmAudio> entry, PcmAudio audio) {
        if (entries.get(key) != entry) return;
        if (audio.length() > maxSamples) {
            entries.remove(key);
            return;
        }
        samples += audio.length();
        Iterator<Map.Entry<Key, CompletableFuture<PcmAudio>>> eldest = entries.entrySet().iterator();
        while (samples > maxSamples && eldest.hasNext()) {
            Map.Entry<Key, CompletableFuture<PcmAudio>> e = eldest.next();
            if (e.getValue() == entry || !e.getValue().isDone()) continue;
            samples -= e.getValue().join().length();
            eldest.remove();
        }
    }

    private static PcmAudio await(CompletableFuture<PcmAudio> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechSynthesisException("interrupted waiting for a prompt", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new SpeechSynthesisException("prompt rendering failed", e.getCause());
        }
    }

    public synchronized long hits() { return hits; }

    public synchronized long misses() { return misses; }

    /** Samples held by finished prompts. */
    public synchronized long samples() { return samples; }

    /** Prompts held, finished or in flight. */
    public synchronized int size() { return entries.size(); }
}
