package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void startsAt100MillisDoublesAndStopsAt20Seconds() {
        Backoff b = new Backoff(Backoff.FIRST, Backoff.CAP);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 11; i++) millis.add(b.next().toMillis());
        assertThat(millis).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 12800L, 20000L, 20000L, 20000L);
    }

    @Test
    void resetStartsOver() {
        Backoff b = new Backoff(Duration.ofMillis(10), Duration.ofMillis(15));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(10));
        assertThat(b.next()).isEqualTo(Duration.ofMillis(15));
        b.reset();
        assertThat(b.next()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void refusesAZeroStartOrACapBelowIt() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
