package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When {@code onTokenWillExpire} is due after a {@code connected} frame's {@code token.ttl}. */
class TokenWarningTest {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() { timers.shutdownNow(); }

    @Test
    void firesTheLeadBeforeTheTtlRunsOut() {
        assertThat(TokenWarning.delay(3600, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(3590));
        assertThat(TokenWarning.delay(12, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void firesAtOnceWhenLessThanTheLeadIsLeft() {
        assertThat(TokenWarning.delay(3, Duration.ofSeconds(10))).isEqualTo(Duration.ZERO);
        assertThat(TokenWarning.delay(0, Duration.ofSeconds(10))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aLaterConnectedReplacesTheEarlierWarning() throws Exception {
        LinkedBlockingQueue<Long> fired = new LinkedBlockingQueue<>();
        CountDownLatch busy = new CountDownLatch(1);
        timers.execute(() -> await(busy)); // the timer thread is busy: nothing scheduled can run yet
        TokenWarning first = new TokenWarning(timers, Duration.ofSeconds(10), () -> fired.add(5L));
        first.connected(5); // due at once, but waiting for the timer thread
        first.connected(3600); // a new token: the due warning is dropped, the next is in an hour
        busy.countDown();
        timers.submit(() -> {}).get(5, TimeUnit.SECONDS); // everything due by now has run
        assertThat(fired).isEmpty();

        first.connected(5);
        assertThat(fired.poll(5, TimeUnit.SECONDS)).isEqualTo(5L);
    }

    @Test
    void cancelDropsThePendingWarning() throws Exception {
        LinkedBlockingQueue<String> fired = new LinkedBlockingQueue<>();
        CountDownLatch busy = new CountDownLatch(1);
        timers.execute(() -> await(busy));
        TokenWarning w = new TokenWarning(timers, Duration.ofSeconds(10), () -> fired.add("fired"));
        w.connected(1);
        w.cancel();
        busy.countDown();
        timers.submit(() -> {}).get(5, TimeUnit.SECONDS);
        assertThat(fired).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void noTtlMeansNoWarning() throws Exception {
        LinkedBlockingQueue<String> fired = new LinkedBlockingQueue<>();
        TokenWarning w = new TokenWarning(timers, Duration.ZERO, () -> fired.add("fired"));
        w.connected(-1);
        timers.submit(() -> {}).get(5, TimeUnit.SECONDS);
        assertThat(fired).isEmpty();
    }
}
