package dev.switchboard.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallTest {
    static final Instant T0 = Instant.parse("2024-05-06T10:00:00Z");

    static Call queued() {
        return new Call("CA00000000000000000000000000000001", "AC00000000000000000000000000000001", null,
                "+14155550100", "+14155550111", null, CallStatus.QUEUED, CallDirection.OUTBOUND_API, null,
                Call.API_VERSION, null, null, null, null, null, null, null, null, "USD", 250L, T0, T0);
    }

    @Test
    void withMethodsChangeOnlyTheirFieldsAndDateUpdated() {
        Call q = queued();
        Call ringing = q.withStatus(CallStatus.RINGING, T0.plusSeconds(1)).withStartTime(T0.plusSeconds(1), T0.plusSeconds(1));
        Call ended = ringing.withStatus(CallStatus.IN_PROGRESS, T0.plusSeconds(3))
                .withAnsweredBy("human", T0.plusSeconds(4))
                .withEnded(CallStatus.COMPLETED, T0.plusSeconds(64), 60, T0.plusSeconds(64))
                .withPrice("-0.00500", "USD", T0.plusSeconds(70));

        assertThat(ended).isEqualTo(new Call(q.sid(), q.accountSid(), null, q.to(), q.from(), null,
                CallStatus.COMPLETED, CallDirection.OUTBOUND_API, "human", Call.API_VERSION, null, null, null, null,
                T0.plusSeconds(1), T0.plusSeconds(64), 60, "-0.00500", "USD", 250L, T0, T0.plusSeconds(70)));
        assertThat(q.isTerminal()).isFalse();
        assertThat(ended.isTerminal()).isTrue();
    }

    @Test
    void endingRequiresATerminalStatus() {
        assertThatThrownBy(() -> queued().withEnded(CallStatus.IN_PROGRESS, T0, null, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in-progress");
    }
}
