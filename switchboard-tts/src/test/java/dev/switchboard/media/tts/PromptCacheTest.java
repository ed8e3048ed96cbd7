package dev.switchboard.media.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.media.audio.PcmAudio;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PromptCacheTest {
    private static PromptCache.Key key(String text) { return new PromptCache.Key("e", "v", "en-US", text); }

    private static PcmAudio audio(int samples) { return PcmAudio.of(new short[samples], 8000); }

    @Test
    void countsHitsAndMisses() {
        PromptCache cache = new PromptCache(1000);
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 3; i++) cache.get(key("a"), () -> { renders.incrementAndGet(); return audio(10); });
        assertThat(renders).hasValue(1);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.samples()).isEqualTo(10);
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenOverTheSampleBound() {
        PromptCache cache = new PromptCache(250);
        cache.get(key("a"), () -> audio(100));
        cache.get(key("b"), () -> audio(100));
        cache.get(key("a"), () -> audio(100)); // a is now the most recent
        cache.get(key("c"), () -> audio(100)); // 300 > 250: b goes
        AtomicInteger renders = new AtomicInteger();
        cache.get(key("a"), () -> { renders.incrementAndGet(); return audio(100); });
        cache.get(key("b"), () -> { renders.incrementAndGet(); return audio(100); });
        assertThat(renders).hasValue(1);
        assertThat(cache.samples()).isLessThanOrEqualTo(250);
    }

    @Test
    void aPromptLargerThanTheBoundIsReturnedButNotKept() {
        PromptCache cache = new PromptCache(50);
        assertThat(cache.get(key("big"), () -> audio(100)).length()).isEqualTo(100);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailureIsPassedOnAndNotCached() {
        PromptCache cache = new PromptCache(100);
        assertThatThrownBy(() -> cache.get(key("x"), () -> { throw new SpeechSynthesisException("boom"); }))
                .hasMessage("boom");
        assertThat(cache.get(key("x"), () -> audio(5)).length()).isEqualTo(5);
    }

    @Test
    void concurrentRequestsForOneKeyRenderOnce() throws Exception {
        PromptCache cache = new PromptCache(1000);
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PcmAudio>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                all.add(pool.submit(() -> cache.get(key("same"), () -> {
                    renders.incrementAndGet();
                    try { release.await(); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                    return audio(7);
                })));
            }
            while (cache.hits() + cache.misses() < 20) Thread.onSpinWait();
            release.countDown();
            for (Future<PcmAudio> f : all) assertThat(f.get().length()).isEqualTo(7);
        }
        assertThat(renders).hasValue(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(19);
    }
}
