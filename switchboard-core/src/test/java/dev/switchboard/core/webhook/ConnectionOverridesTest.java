package dev.switchboard.core.webhook;

import static dev.switchboard.core.webhook.RetryCondition.CLIENT_ERROR;
import static dev.switchboard.core.webhook.RetryCondition.CONNECT_TIMEOUT;
import static dev.switchboard.core.webhook.RetryCondition.READ_TIMEOUT;
import static dev.switchboard.core.webhook.RetryCondition.SERVER_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConnectionOverridesTest {

    @Test
    void urlWithoutFragmentGetsTwilioDefaults() {
        ConnectionOverrides overrides = ConnectionOverrides.parse("https://example.com/voice?x=1");
        assertThat(overrides).isEqualTo(ConnectionOverrides.DEFAULTS);
        assertThat(overrides.connectTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(overrides.readTimeout()).isEqualTo(Duration.ofMillis(15000));
        assertThat(overrides.totalTimeout()).isEqualTo(Duration.ofMillis(15000));
        assertThat(overrides.retryCount()).isEqualTo(1);
        assertThat(overrides.retryPolicy()).containsExactly(CONNECT_TIMEOUT);
    }

    @Test
    void readsEveryOverrideOfTheDocsExample() {
        ConnectionOverrides overrides = ConnectionOverrides.parse("https://x/y#ct=1000&rt=5000&tt=12000&rc=2&rp=all");
        assertThat(overrides).isEqualTo(new ConnectionOverrides(Duration.ofMillis(1000), Duration.ofMillis(5000),
                Duration.ofMillis(12000), 2, EnumSet.allOf(RetryCondition.class)));
        assertThat(overrides.retries(CLIENT_ERROR)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] #{0} -> ct={1} rt={2} tt={3} rc={4}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // fragment                          | ct    | rt    | tt    | rc
            "''                                  | 5000  | 15000 | 15000 | 1",
            "ct=100&rt=100&tt=100&rc=0           | 100   | 100   | 100   | 0",
            "ct=10000&rt=15000&tt=15000&rc=5     | 10000 | 15000 | 15000 | 5",
            "ct=99&rt=0&tt=-5&rc=-1              | 100   | 100   | 100   | 0",    // below min: clamped up
            "ct=10001&rt=60000&tt=15001&rc=6     | 10000 | 15000 | 15000 | 5",    // above max: clamped down
            "ct=99999999999999999999&rc=+3       | 10000 | 15000 | 15000 | 3",    // no overflow
            "ct=abc&rt=1.5&tt=&rc=two            | 5000  | 15000 | 15000 | 1",    // not integers: default
            "ct=%32%30%30%30                     | 2000  | 15000 | 15000 | 1",    // percent-encoded
            "ct=+2500+                           | 2500  | 15000 | 15000 | 1",    // '+' is a space, trimmed
            "ct=1000&ct=2000                     | 1000  | 15000 | 15000 | 1",    // first occurrence wins
            "CT=1000&e=ashburn&sni=y&foo         | 5000  | 15000 | 15000 | 1",    // keys are case-sensitive; others ignored
            "section-2                           | 5000  | 15000 | 15000 | 1",    // an ordinary anchor
    })
    void parsesAndClampsNumbers(String fragment, long ct, long rt, long tt, int rc) {
        ConnectionOverrides overrides = ConnectionOverrides.parse("https://example.com/a#" + fragment);
        assertThat(overrides.connectTimeout()).isEqualTo(Duration.ofMillis(ct));
        assertThat(overrides.readTimeout()).isEqualTo(Duration.ofMillis(rt));
        assertThat(overrides.totalTimeout()).isEqualTo(Duration.ofMillis(tt));
        assertThat(overrides.retryCount()).isEqualTo(rc);
    }

    static Stream<Arguments> retryPolicies() {
        return Stream.of(
                Arguments.of("rp=ct", Set.of(CONNECT_TIMEOUT)),
                Arguments.of("rp=rt", Set.of(READ_TIMEOUT)),
                Arguments.of("rp=4xx,5xx", Set.of(CLIENT_ERROR, SERVER_ERROR)),
                Arguments.of("rp=ct,rt,5xx", Set.of(CONNECT_TIMEOUT, READ_TIMEOUT, SERVER_ERROR)),
                Arguments.of("rp=ct%2C5xx", Set.of(CONNECT_TIMEOUT, SERVER_ERROR)),
                Arguments.of("rp= 5XX , RT ", Set.of(READ_TIMEOUT, SERVER_ERROR)),
                Arguments.of("rp=all", EnumSet.allOf(RetryCondition.class)),
                Arguments.of("rp=ct,all", EnumSet.allOf(RetryCondition.class)),
                Arguments.of("rp=5xx,bogus", Set.of(SERVER_ERROR)),
                Arguments.of("rp=bogus", Set.of(CONNECT_TIMEOUT)),
                Arguments.of("rp=", Set.of(CONNECT_TIMEOUT)),
                Arguments.of("rp=,", Set.of(CONNECT_TIMEOUT)),
                Arguments.of("rc=3", Set.of(CONNECT_TIMEOUT)));
    }

    @ParameterizedTest(name = "[{index}] #{0} -> {1}")
    @MethodSource("retryPolicies")
    void parsesRetryPolicy(String fragment, Set<RetryCondition> expected) {
        assertThat(ConnectionOverrides.parse("https://example.com/a#" + fragment).retryPolicy())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://x/y#ct=1000&rc=2            | https://x/y",
            "https://x/y?a=1&b=2#rp=all          | https://x/y?a=1&b=2",
            "https://x/y                         | https://x/y",
            "https://x/y#                        | https://x/y",
            "https://x/y#a#b                     | https://x/y",
            "/relative?q=1#tt=100                | /relative?q=1",
    })
    void stripFragmentRemovesEverythingFromTheFirstHash(String url, String expected) {
        assertThat(ConnectionOverrides.stripFragment(url)).isEqualTo(expected);
    }

    @Test
    void constructorEnforcesTwilioLimits() {
        Duration ok = Duration.ofMillis(1000);
        assertThatThrownBy(() -> new ConnectionOverrides(Duration.ofMillis(99), ok, ok, 1, Set.of(CONNECT_TIMEOUT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ct");
        assertThatThrownBy(() -> new ConnectionOverrides(ok, ok, ok, 6, Set.of(CONNECT_TIMEOUT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rc");
        assertThatThrownBy(() -> new ConnectionOverrides(ok, ok, ok, 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
