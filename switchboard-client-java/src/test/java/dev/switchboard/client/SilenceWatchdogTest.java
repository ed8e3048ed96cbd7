package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The silence watchdog on a fake nanosecond clock: the checks run on a real scheduler, but only the
 * fake clock decides whether the limit has passed, so a slow machine cannot make it fire early.
 */
class SilenceWatchdogTest {
    private static final Duration LIMIT = Duration.ofMillis(40);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger silences = new AtomicInteger();
    private final SilenceWatchdog watchdog = new SilenceWatchdog(timers, LIMIT, now::get, silences::incrementAndGet);

    @AfterEach
    void stop() { timers.shutdownNow(); }

    private void advance(Duration d) { now.addAndGet(d.toNanos()); }

    /** Lets the real scheduler run several checks (each reschedules itself at most LIMIT later). */
    private void letChecksRun() throws Exception {
        for (int i = 0; i < 4; i++) {
            TimeUnit.MILLISECONDS.sleep(LIMIT.toMillis());
            timers.submit(() -> {}).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void declaresSilenceOnceTheLimitPassesWithoutAFrame() throws Exception {
        watchdog.start();
        letChecksRun();
        assertThat(silences).hasValue(0);
        advance(LIMIT);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> silences.get() == 1);
    }

    @Test
    void everyFrameRestartsTheCount() throws Exception {
        watchdog.start();
        for (int i = 0; i < 5; i++) {
            advance(LIMIT.minusMillis(1));
            watchdog.heard();
        }
        letChecksRun();
        assertThat(silences).hasValue(0);
        advance(LIMIT.minusMillis(1));
        letChecksRun();
        assertThat(silences).hasValue(0);
        advance(Duration.ofMillis(1));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> silences.get() == 1);
    }

    @Test
    void declaresSilenceOnlyOnce() throws Exception {
        watchdog.start();
        advance(LIMIT.multipliedBy(3));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> silences.get() == 1);
        advance(LIMIT.multipliedBy(3));
        letChecksRun();
        assertThat(silences).hasValue(1);
    }

    @Test
    void aStoppedWatchdogStaysQuiet() throws Exception {
        watchdog.start();
        watchdog.stop();
        advance(LIMIT.multipliedBy(2));
        letChecksRun();
        assertThat(silences).hasValue(0);
    }
}
