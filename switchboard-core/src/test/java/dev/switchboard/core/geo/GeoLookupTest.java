package dev.switchboard.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoLookupTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(quoteCharacter = '\'', value = {
            "+14155551234, true",
            "+442079460123, true",
            "+12, true",
            "+123456789012345, true",
            "+1234567890123456, false",
            "+1, false",
            "+01234, false",
            "14155551234, false",
            "'+1 415 555 1234', false",
            "+1415555123x, false",
            "client:alice, false",
            "sip:+14155551234@example.com, false",
            "'', false",
            "AP0123456789abcdef0123456789abcdef, false",
    })
    void recognisesE164(String address, boolean expected) {
        assertThat(GeoLookup.isE164(address)).isEqualTo(expected);
    }

    @Test
    void noneKnowsNothing() {
        assertThat(GeoLookup.NONE.lookup("+14155551234")).isEqualTo(GeoInfo.UNKNOWN);
        assertThat(GeoInfo.UNKNOWN).isEqualTo(new GeoInfo("", "", "", ""));
    }

    @Test
    void fieldsAreNeverNull() {
        assertThatThrownBy(() -> new GeoInfo(null, "", "", "")).isInstanceOf(NullPointerException.class);
    }
}
