package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.geo.GeoInfo;
import dev.switchboard.core.geo.GeoLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoParametersTest {
    private final List<String> looked = new ArrayList<>();
    private final Map<String, GeoInfo> known = Map.of(
            "+12222222222", new GeoInfo("PHILADELPHIA", "PA", "88888", "US"),
            "+15555555555", new GeoInfo("DOTHAN", "AL", "33333", "US"));
    private final GeoLookup lookup = address -> {
        looked.add(address);
        return known.getOrDefault(address, GeoInfo.UNKNOWN);
    };

    @Test
    void phoneToPhoneCarriesEveryGeoFieldAndLegacyAlias() {
        FormParams params = GeoParameters.of("+12222222222", "+15555555555", lookup);

        // The values of Twilio's example body, spec §1.2.
        assertThat(params).isEqualTo(FormParams.of(
                "FromCity", "PHILADELPHIA", "FromState", "PA", "FromZip", "88888", "FromCountry", "US",
                "ToCity", "DOTHAN", "ToState", "AL", "ToZip", "33333", "ToCountry", "US",
                "Caller", "+12222222222",
                "CallerCity", "PHILADELPHIA", "CallerState", "PA", "CallerZip", "88888", "CallerCountry", "US",
                "Called", "+15555555555",
                "CalledCity", "DOTHAN", "CalledState", "AL", "CalledZip", "33333", "CalledCountry", "US"));
    }

    @Test
    void unknownPhoneNumbersGetEmptyFieldsNotMissingOnes() {
        FormParams params = GeoParameters.of("+447700900123", "+15555555555", lookup);
        assertThat(params.get("FromCity")).contains("");
        assertThat(params.get("FromCountry")).contains("");
        assertThat(params.get("CallerZip")).contains("");
        assertThat(params.size()).isEqualTo(18);
    }

    @Test
    void clientCallsCarryOnlyCallerAndCalled() {
        FormParams params = GeoParameters.of("client:alice", "", lookup);
        assertThat(params).isEqualTo(FormParams.of("Caller", "client:alice", "Called", ""));
        assertThat(looked).isEmpty();
    }

    @Test
    void onlyThePhoneSideOfAMixedCallHasGeoFields() {
        FormParams params = GeoParameters.of("sip:bob@example.com", "+15555555555", lookup);
        assertThat(params.names()).containsExactly(
                "ToCity", "ToState", "ToZip", "ToCountry", "Caller", "Called",
                "CalledCity", "CalledState", "CalledZip", "CalledCountry");
        assertThat(params.get("Caller")).contains("sip:bob@example.com");
        assertThat(looked).containsExactly("+15555555555");
    }

    @Test
    void appendKeepsTheExistingParametersFirst() {
        FormParams base = FormParams.of("CallSid", "CA1", "From", "client:alice", "To", "+15555555555");
        FormParams params = GeoParameters.append(base, "client:alice", "+15555555555", lookup);
        assertThat(params.entries().subList(0, 3)).isEqualTo(base.entries());
        assertThat(params.get("CalledCity")).contains("DOTHAN");
    }
}
