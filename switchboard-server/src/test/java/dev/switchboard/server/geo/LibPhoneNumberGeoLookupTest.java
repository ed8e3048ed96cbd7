package dev.switchboard.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.geo.GeoInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibPhoneNumberGeoLookupTest {
    private final LibPhoneNumberGeoLookup lookup = new LibPhoneNumberGeoLookup();

    @ParameterizedTest(name = "[{index}] {0} -> {1}/{2}/{3}")
    @CsvSource(quoteCharacter = '\'', value = {
            // number         | city            | state        | country  (geocoder description)
            "+12152031234,    PHILADELPHIA,     PA,            US",  // "Philadelphia, PA"
            "+12152821234,    PHILADELPHIA,     PA,            US",  // "Cherry Street, Philadelphia, PA"
            "+14155551234,    SAN FRANCISCO,    CA,            US",  // "San Francisco, CA"
            "+12155551234,    '',               PA,            US",  // "Pennsylvania": state only
            "+13345551234,    '',               AL,            US",  // "Alabama"
            "+12022001234,    '',               DC,            US",  // "Washington D.C."
            "+14162031234,    TORONTO,          ON,            CA",  // "Toronto, ON"
            "+15146661234,    '',               QC,            CA",  // "Quebec"
            "+18005551212,    '',               '',            US",  // toll-free: no area
            "+18765551234,    '',               '',            JM",  // "Jamaica" = the country's name
            "+441162262273,   '',               Leicester,     GB",  // as Twilio: ToState=Leicester
            "+442079460123,   '',               London,        GB",
            "+447400123456,   '',               '',            GB",  // mobile: "United Kingdom", country only
            "+441534123456,   '',               '',            JE",  // Jersey is its own region, as Twilio: ToCountry=JE
            "+33123456789,    '',               '',            FR",  // "France" = the country's name
            "+4930123456,     '',               Berlin,        DE",
            "+61412345678,    '',               '',            AU",
    })
    void findsTwilioShapedGeography(String number, String city, String state, String country) {
        assertThat(lookup.lookup(number)).isEqualTo(new GeoInfo(city, state, "", country));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(quoteCharacter = '\'', value = {
            "client:alice",
            "sip:+14155551234@example.com",
            "''",
            "14155551234",
            "+1 415 555 1234",
            "+15555555555",      // area code 555 is unassigned
            "+447700900123",     // Ofcom drama range
            "+1415",             // too short
            "+99912345678",      // unassigned country code
            "+80012345678",      // non-geographic (International Freephone)
            "AP0123456789abcdef0123456789abcdef",
    })
    void knowsNothingAboutNonNumbersAndInvalidNumbers(String address) {
        assertThat(lookup.lookup(address)).isEqualTo(GeoInfo.UNKNOWN);
    }

    @Test
    void zipIsAlwaysEmpty() {
        assertThat(lookup.lookup("+12152031234").zip()).isEmpty();
    }

    @Test
    void answersRepeatLookupsFromItsBoundedCache() {
        LibPhoneNumberGeoLookup small = new LibPhoneNumberGeoLookup(2);
        GeoInfo first = small.lookup("+14155551234");
        small.lookup("+12152031234");
        small.lookup("+441162262273");
        assertThat(small.lookup("+14155551234")).isEqualTo(first);
        assertThat(small.lookup("+14155551234")).isSameAs(small.lookup("+14155551234"));
    }

    @Test
    void refusesANonPositiveCacheSize() {
        assertThatThrownBy(() -> new LibPhoneNumberGeoLookup(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
