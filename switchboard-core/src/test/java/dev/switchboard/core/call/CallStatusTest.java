package dev.switchboard.core.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CallStatusTest {
    @Test
    void wireValuesAreTwiliosRestStatusesWithoutInitiated() {
        assertThat(Arrays.stream(CallStatus.values()).map(CallStatus::wire)).containsExactly(
                "queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled");
        assertThat(CallStatus.fromWire("initiated")).isEmpty();
        assertThat(CallStatus.fromWire("In-Progress")).isEmpty();
        assertThat(CallStatus.fromWire("no-answer")).contains(CallStatus.NO_ANSWER);
    }

    @Test
    void onlyEndedStatusesAreTerminal() {
        assertThat(Arrays.stream(CallStatus.values()).filter(CallStatus::isTerminal)).containsExactly(
                CallStatus.COMPLETED, CallStatus.BUSY, CallStatus.FAILED, CallStatus.NO_ANSWER, CallStatus.CANCELED);
    }

    @Test
    void directionWireValuesAreTwilios() {
        assertThat(Arrays.stream(CallDirection.values()).map(CallDirection::wire)).containsExactly(
                "inbound", "outbound-api", "outbound-dial", "trunking-terminating", "trunking-originating");
        assertThat(CallDirection.fromWire("outbound-dial")).contains(CallDirection.OUTBOUND_DIAL);
        assertThat(CallDirection.fromWire("outbound")).isEmpty();
    }
}
