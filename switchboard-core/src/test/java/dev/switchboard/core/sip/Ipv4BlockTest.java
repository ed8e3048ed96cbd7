package dev.switchboard.core.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Ipv4BlockTest {
    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.1.1", "255.255.255.255", "10.0.0.10", "54.172.60.0"})
    void dottedDecimalAddressesParse(String ip) {
        assertThat(Ipv4Block.parseAddress(ip)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-1", "01.2.3.4", "1.2.3.4 ", "1..3.4",
            "a.b.c.d", "1.2.3.*", "::1", "2001:db8::1", "1.2.3.4/32", "1234.1.1.1", "+1.2.3.4"})
    void anythingElseDoesNot(String ip) {
        assertThat(Ipv4Block.parseAddress(ip)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.1.1, 32, 192.168.1.1, true",
        "192.168.1.1, 32, 192.168.1.2, false",
        "54.172.60.0, 30, 54.172.60.3, true",
        "54.172.60.0, 30, 54.172.60.4, false",
        "10.0.0.0, 8, 10.255.255.255, true",
        "10.0.0.0, 8, 11.0.0.0, false",
        "128.0.0.0, 1, 200.1.1.1, true",
        "128.0.0.0, 1, 127.255.255.255, false",
        "10.0.0.0, 8, not-an-ip, false",
    })
    void blocksContainTheAddressesUnderTheirPrefix(String base, int prefix, String ip, boolean inside) {
        Ipv4Block block = new Ipv4Block(Ipv4Block.parseAddress(base).orElseThrow(), prefix);
        assertThat(block.contains(ip)).isEqualTo(inside);
    }

    @Test
    void prefixLengthsOutsideOneToThirtyTwoAreRefused() {
        assertThatThrownBy(() -> new Ipv4Block(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ipv4Block(0, 33)).isInstanceOf(IllegalArgumentException.class);
    }
}
