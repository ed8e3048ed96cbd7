package dev.switchboard.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.FormEncoding;
import dev.switchboard.core.webhook.FormParams;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextParamsTest {

    @Test
    void applicationParametersArriveWithParamPrefix() {
        CustomParameters params = CustomParameters.of("AccountNumber", "12345", "TicketNumber", "9876");
        assertThat(ContextParams.applicationParams(params))
                .isEqualTo(FormParams.of("Param_AccountNumber", "12345", "Param_TicketNumber", "9876"));
    }

    @Test
    void returnedParametersArriveWithReturnParamPrefix() {
        CustomParameters params = CustomParameters.of("AgentName", "Alice", "CallDuration", "342");
        assertThat(ContextParams.returnParams(params))
                .isEqualTo(FormParams.of("ReturnParam_AgentName", "Alice", "ReturnParam_CallDuration", "342"));
    }

    @Test
    void prefixedParametersCarryDuplicatesOnceWithTheLastValue() {
        assertThat(ContextParams.applicationParams(CustomParameters.of("a", "1", "a", "2")))
                .isEqualTo(FormParams.of("Param_a", "2"));
    }

    @Test
    void specialCharactersAreEscapedOnlyByTheFormEncoder() {
        FormParams params = ContextParams.applicationParams(CustomParameters.of("a&b", "<x>=é"));
        assertThat(params.get("Param_a&b")).contains("<x>=é");
        assertThat(FormEncoding.encode(params)).isEqualTo("Param_a%26b=%3Cx%3E%3D%C3%A9");
    }

    @Test
    void prefixedParametersReadBackWithoutThePrefix() {
        FormParams request = FormParams.of("CallSid", "CA1", "Param_x", "1", "ReturnParam_y", "2", "Param_", "3");
        assertThat(ContextParams.unprefixed("Param_", request).entries())
                .extracting(p -> p.name() + "=" + p.value()).containsExactly("x=1", "=3");
        assertThat(ContextParams.unprefixed("Param_", request).check().accepted()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "X-CustomerID,     SipHeader_X-CustomerID",
            "x-lower,          SipHeader_x-lower",
            "User-to-User,     SipHeader_User-to-User",
            "user-to-user,     SipHeader_user-to-user",
            "X-,               -",
            "From,             -",
            "P-Asserted-Identity, -",
            "XFoo,             -"})
    void inboundSipHeadersPassOnlyWhenXPrefixedOrUui(String header, String expected) {
        assertThat(ContextParams.sipHeaderParamName(header)).isEqualTo(Optional.ofNullable(expected));
        assertThat(ContextParams.dialSipHeaderParamName(header))
                .isEqualTo(Optional.ofNullable(expected).map(n -> "Dial" + n));
    }

    @Test
    void inviteHeadersBecomeRequestParametersInOrder() {
        FormParams headers = FormParams.of("Via", "SIP/2.0/UDP x", "X-CustomerID", "375d", "Contact", "<sip:a@b>",
                "X-SelectedProductID", "8714", "X-CustomerID", "again");
        assertThat(ContextParams.sipHeaderParams(headers)).isEqualTo(FormParams.of(
                "SipHeader_X-CustomerID", "375d", "SipHeader_X-SelectedProductID", "8714",
                "SipHeader_X-CustomerID", "again"));
        assertThat(ContextParams.dialSipHeaderParams(FormParams.of("X-Result", "ok")))
                .isEqualTo(FormParams.of("DialSipHeader_X-Result", "ok"));
    }

    @Test
    void sdkParamsAreTopLevelButNeverReplaceStandardOnes() {
        FormParams standard = FormParams.of("CallSid", "CA1", "From", "client:alice");
        CustomParameters sdk = CustomParameters.of("app", "Support", "From", "spoofed", "location", "Seattle");
        assertThat(ContextParams.topLevelParams(standard, sdk)).isEqualTo(FormParams.of(
                "CallSid", "CA1", "From", "client:alice", "app", "Support", "location", "Seattle"));
        assertThat(ContextParams.topLevelCollisions(standard, sdk)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(12200);
            assertThat(p.detail()).contains("'From'");
        });
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "AP0123456789abcdef0123456789abcdef, -",
            "AP0123456789ABCDEF0123456789ABCDEF, -",
            // Twilio's own doc example is two hex digits short
            "AP1234567890abcdef1234567890abcd, 21218",
            "AP123,                            21218",
            "PN1234567890abcdef1234567890abcd, 21218",
            "ap0123456789abcdef0123456789abcdef, 21218",
            "AP0123456789abcdef0123456789abcdeg, 21218",
            "AP0123456789abcdef0123456789abcdef0, 21218",
            "' AP0123456789abcdef0123456789abcdef', 21218"})
    void applicationSidsMustBeApAnd32Hex(String sid, Integer code) {
        assertThat(ContextParams.applicationSidProblem(sid).map(ParameterProblem::code)).isEqualTo(Optional.ofNullable(code));
    }
}
