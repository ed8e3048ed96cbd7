package dev.switchboard.server.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioError;
import org.junit.jupiter.api.Test;

class SignalFrameTest {
    @Test
    void decodesTheSdksFrameShape() {
        SignalFrame f = SignalFrame.decode("{\"payload\":{\"callsid\":\"CA1\",\"dtmf\":\"5\"},\"type\":\"dtmf\",\"version\":\"1.6\"}");
        assertThat(f.type()).isEqualTo("dtmf");
        assertThat(f.text("callsid")).isEqualTo("CA1");
        assertThat(f.text("missing")).isEmpty();
    }

    @Test
    void aMissingPayloadReadsAsEmpty() {
        assertThat(SignalFrame.decode("{\"type\":\"register\"}").payload().isEmpty()).isTrue();
    }

    @Test
    void encodesTypeVersionAndPayload() {
        assertThat(SignalFrame.forCall("cancel", "CA9").encode())
                .isEqualTo("{\"type\":\"cancel\",\"version\":\"1.6\",\"payload\":{\"callsid\":\"CA9\"}}");
        assertThat(SignalFrame.error(31204, "bad token", null).encode())
                .isEqualTo("{\"type\":\"error\",\"version\":\"1.6\",\"payload\":{\"error\":{\"code\":31204,\"message\":\"bad token\"}}}");
    }

    @Test
    void refusesBadInputWithCodes() {
        assertRefused("{oops", TwilioError.SIGNAL_MALFORMED);
        assertRefused("[1,2]", TwilioError.SIGNAL_MALFORMED);
        assertRefused("{\"payload\":{}}", TwilioError.SIGNAL_MALFORMED);
        assertRefused("{\"type\":\"teleport\"}", TwilioError.SIGNAL_MALFORMED);
        assertRefused("{\"type\":\"listen\",\"payload\":[]}", TwilioError.SIGNAL_MALFORMED);
        assertRefused("{\"type\":\"listen\",\"payload\":{\"t\":\"" + "é".repeat(40_000) + "\"}}", TwilioError.SIGNAL_BAD_REQUEST);
    }

    @Test
    void heartbeatIsABareNewline() {
        assertThat(SignalFrame.isHeartbeat("\n")).isTrue();
        assertThat(SignalFrame.isHeartbeat("{}")).isFalse();
    }

    @Test
    void noMediaAnswerKeepsTheOffersMid() {
        assertThat(NoMediaSdp.answer("v=0\r\na=mid:audio7\r\n")).contains("a=mid:audio7", "a=group:BUNDLE audio7", "a=setup:active")
                .doesNotContain("a=candidate");
        assertThat(NoMediaSdp.offer()).contains("a=fingerprint:sha-256", "a=ice-ufrag:", "a=rtcp-mux", "a=setup:actpass");
    }

    private static void assertRefused(String text, TwilioError code) {
        assertThatThrownBy(() -> SignalFrame.decode(text)).isInstanceOfSatisfying(SignalRefused.class,
                e -> assertThat(e.error()).isEqualTo(code));
    }
}
