package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireUrlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://app/voice?customerId=42&x=a%20b#rt=300 | http://app/voice?customerId=42&x=a%20b",
        "http://app/a b?q=c d                           | http://app/a%20b?q=c%20d",
        "http://app/v?name=Zoë                          | http://app/v?name=Zo%C3%AB",
        "http://app/v?pct=100%&ok=%41                   | http://app/v?pct=100%25&ok=%41",
        "http://[::1]:8080/v?list=[1]                   | http://[::1]:8080/v?list=%5B1%5D",
        "https://u:p@app:443/v?a=1+2&b=x;y              | https://u:p@app:443/v?a=1+2&b=x;y",
        "http://app/{id}^x                              | http://app/%7Bid%7D%5Ex",
    })
    void escapesOnlyWhatAUriMayNotHold(String configured, String wire) {
        assertThat(WireUrl.of(configured)).isEqualTo(wire);
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrls() {
        assertThat(WireUrl.problem("http://app/voice#ct=100")).isEmpty();
        assertThat(WireUrl.problem("HTTPS://app")).isEmpty();
        assertThat(WireUrl.problem("/relative/voice")).isPresent();
        assertThat(WireUrl.problem("ftp://app/voice")).isPresent();
        assertThat(WireUrl.problem("http:///nohost")).isPresent();
    }
}
