package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.geo.GeoInfo;
import dev.switchboard.core.geo.GeoLookup;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoiceRequestParamsTest {
    static final GeoLookup GEO = address -> address.equals("+12152031234")
            ? new GeoInfo("PHILADELPHIA", "PA", "", "US") : GeoInfo.UNKNOWN;

    static CallContext call(String apiVersion) {
        return new CallContext("CA" + "1".repeat(32), "AC" + "2".repeat(32), "+12152031234", "+14155550100",
                "ringing", "inbound", apiVersion, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void standardRequestCarriesTwilioParametersAndGeoAliases() {
        FormParams p = VoiceRequestParams.standard(call("2010-04-01"), GEO);
        assertThat(p.get("CallSid")).contains("CA" + "1".repeat(32));
        assertThat(p.get("AccountSid")).contains("AC" + "2".repeat(32));
        assertThat(p.get("CallStatus")).contains("ringing");
        assertThat(p.get("Direction")).contains("inbound");
        assertThat(p.get("ApiVersion")).contains("2010-04-01");
        assertThat(p.get("From")).contains("+12152031234");
        assertThat(p.get("Caller")).contains("+12152031234");
        assertThat(p.get("Called")).contains("+14155550100");
        assertThat(p.get("FromCity")).contains("PHILADELPHIA");
        assertThat(p.get("CallerState")).contains("PA");
        assertThat(p.get("ToCity")).contains("");
        assertThat(p.contains("ParentCallSid")).isFalse();
        assertThat(p.contains("CallGuid")).isFalse();
    }

    @Test
    void legacyContractUsesGuidsAndDialStatusOnTheFirstRequest() {
        FormParams p = VoiceRequestParams.legacy(call("2008-08-01"), GEO, Optional.of("answered"));
        assertThat(p.get("CallGuid")).contains("CA" + "1".repeat(32));
        assertThat(p.get("AccountGuid")).contains("AC" + "2".repeat(32));
        assertThat(p.get("DialStatus")).contains("answered");
        assertThat(p.get("CallStatus")).contains("in-progress");
        assertThat(p.get("CallerCity")).contains("PHILADELPHIA");
        assertThat(p.get("Called")).contains("+14155550100");
        assertThat(p.contains("CallSid")).isFalse();
        assertThat(p.contains("FromCity")).isFalse();
        assertThat(VoiceRequestParams.standard(call("2008-08-01"), GEO).contains("DialStatus")).isFalse();
    }

    @Test
    void completedStatusCallbackHasDurationsTimestampAndSequence() {
        FormParams p = VoiceRequestParams.statusCallback(call("2010-04-01").withStatus("completed"), GEO,
                Instant.parse("2010-08-31T20:36:28Z"), 3, Optional.of(61));
        assertThat(p.get("CallStatus")).contains("completed");
        assertThat(p.get("CallDuration")).contains("61");
        assertThat(p.get("Duration")).contains("2");
        assertThat(p.get("Timestamp")).contains("Tue, 31 Aug 2010 20:36:28 +0000");
        assertThat(p.get("CallbackSource")).contains("call-progress-events");
        assertThat(p.get("SequenceNumber")).contains("3");
    }
}
