package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviceOptionsTest {

    @Test
    void defaultsAreTheVoiceJsSdkValues() {
        DeviceOptions o = DeviceOptions.defaults();
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.silenceLimit()).isEqualTo(Duration.ofSeconds(15));
        assertThat(o.callReconnectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.tokenRefresh()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void eachWithChangesOnlyItsOption() {
        DeviceOptions o = DeviceOptions.defaults().withSilenceLimit(Duration.ofSeconds(2)).withCallReconnectTimeout(Duration.ofSeconds(3))
                .withTokenRefresh(Duration.ZERO).withTimeout(Duration.ofSeconds(4));
        assertThat(o).isEqualTo(new DeviceOptions(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ZERO));
    }

    @Test
    void refusesZeroOrNegativeLimits() {
        assertThatThrownBy(() -> DeviceOptions.defaults().withSilenceLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("silenceLimit");
        assertThatThrownBy(() -> DeviceOptions.defaults().withCallReconnectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callReconnectTimeout");
        assertThatThrownBy(() -> DeviceOptions.defaults().withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceOptions.defaults().withTokenRefresh(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
