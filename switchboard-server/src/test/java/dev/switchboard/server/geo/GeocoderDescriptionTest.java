package dev.switchboard.server.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.geo.GeoInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeocoderDescriptionTest {

    @ParameterizedTest(name = "[{index}] +{0} {1} \"{2}\" -> {3}/{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // cc | region | description                          | city          | state
            "1    | US     | Philadelphia, PA                      | PHILADELPHIA  | PA",
            "1    | US     | Cherry Street, Philadelphia, PA       | PHILADELPHIA  | PA",
            "1    | US     | Pennsylvania                          | ''            | PA",
            "1    | US     | Washington State                      | ''            | WA",
            "1    | US     | Philadelphia                          | PHILADELPHIA  | ''",
            "1    | US     | United States                         | ''            | ''",
            "1    | CA     | British Colombia                      | ''            | BC",
            "1    | CA     | Nova Scotia/Prince Edward Island      | ''            | ''",
            "1    | CA     | Canada                                | ''            | ''",
            "1    | VI     | Charlotte Amalie, VI                  | CHARLOTTE AMALIE | VI",
            "1    | JM     | Negril                                | NEGRIL        | ''",
            "1    | PR     | Puerto Rico                           | ''            | ''",
            "44   | GB     | Bishops Stortford                     | ''            | Bishops Stortford",
            "44   | GB     | United Kingdom                        | ''            | ''",
            "33   | FR     | ''                                    | ''            | ''",
            "61   | AU     | New South Wales                       | ''            | New South Wales",
    })
    void mapsDescriptionsToCityAndState(int countryCode, String region, String description, String city, String state) {
        assertThat(GeocoderDescription.toGeo(countryCode, region, description))
                .isEqualTo(new GeoInfo(city, state, "", region));
    }
}
