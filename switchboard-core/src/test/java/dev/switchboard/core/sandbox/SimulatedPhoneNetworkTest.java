package dev.switchboard.core.sandbox;

import static dev.switchboard.core.sandbox.SandboxHarness.CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sandbox.HeardEvent.By;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedPhoneNetworkTest {
    static final String TO = "+15005550006";
    static final String FROM = "+15005550001";
    static final Duration THIRTY = Duration.ofSeconds(30);

    final SandboxHarness h = new SandboxHarness();

    private RingResult ring(boolean machineDetection) {
        return h.network.ring(CALL, TO, FROM, THIRTY, machineDetection, h.inbox);
    }

    @Test
    void anUnknownNumberAnswersAtOnceAsAHuman() {
        h.onCall(() -> {
            RingResult r = ring(false);
            assertThat(r).isInstanceOfSatisfying(RingResult.Answered.class, a -> {
                assertThat(a.ringTime()).isZero();
                assertThat(a.answeredBy()).isEmpty();
                assertThat(a.leg().isAnswered()).isTrue();
            });
            assertThat(h.clock.now()).isEqualTo(h.at(0));
        });
        assertThat(h.network.heard(CALL)).containsExactly(new HeardEvent.Answered(h.at(0)));
        assertThat(h.network.phone(CALL)).map(SimulatedPhone::number).contains(TO);
    }

    @Test
    void aPhoneAnsweringAfterFiveSecondsRingsFiveSeconds() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswerAfter(Duration.ofSeconds(5)));
        h.onCall(() -> {
            RingResult r = ring(false);
            assertThat(r).isInstanceOf(RingResult.Answered.class);
            assertThat(r.ringTime()).isEqualTo(Duration.ofSeconds(5));
            assertThat(h.clock.now()).isEqualTo(h.at(5));
        });
        assertThat(h.network.heard(CALL)).containsExactly(new HeardEvent.Answered(h.at(5)));
    }

    @Test
    void aPhoneSlowerThanTheRingTimeoutIsNoAnswerAfterTheTimeout() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswerAfter(Duration.ofSeconds(40)));
        h.onCall(() -> {
            assertThat(ring(false)).isEqualTo(new RingResult.NotAnswered(CallStatus.NO_ANSWER, THIRTY));
            assertThat(h.clock.now()).isEqualTo(h.at(30));
        });
        assertThat(h.network.phone(CALL)).isEmpty();
        assertThat(h.network.heard(CALL)).isEmpty();
    }

    @Test
    void noAnswerRingsTheWholeTimeout() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswer(AnswerPolicy.NO_ANSWER));
        h.onCall(() -> {
            assertThat(ring(false)).isEqualTo(new RingResult.NotAnswered(CallStatus.NO_ANSWER, THIRTY));
            assertThat(h.clock.now()).isEqualTo(h.at(30));
        });
    }

    @Test
    void busyAndFailedAnswerAtOnce() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswer(AnswerPolicy.BUSY));
        h.onCall(() -> assertThat(ring(false)).isEqualTo(new RingResult.NotAnswered(CallStatus.BUSY, Duration.ZERO)));
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswer(AnswerPolicy.FAILED));
        h.onCall(() -> assertThat(ring(false)).isEqualTo(new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO)));
        assertThat(h.clock.now()).isEqualTo(h.at(0));
    }

    @Test
    void answeredByIsReportedOnlyWhenMachineDetectionIsAsked() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnsweredBy(AnsweredBy.FAX));
        h.onCall(() -> {
            assertThat(((RingResult.Answered) ring(true)).answeredBy()).contains("fax");
            assertThat(((RingResult.Answered) ring(false)).answeredBy()).isEmpty();
        });
        h.network.clearBehaviours();
        h.onCall(() -> assertThat(((RingResult.Answered) ring(true)).answeredBy()).contains("human"));
    }

    @Test
    void scriptedDigitsArriveAtAnswerPlusTheirDelay() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withAnswerAfter(Duration.ofSeconds(3))
                .withPress(Duration.ofSeconds(2), "1w2").withPress(Duration.ofSeconds(10), "#"));
        h.onCall(() -> {
            ring(false);
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('1'));
            assertThat(h.clock.now()).isEqualTo(h.at(5));
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('2'));
            assertThat(h.clock.now()).isEqualTo(h.at(5.5)); // w = half a second
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('#'));
            assertThat(h.clock.now()).isEqualTo(h.at(13));
        });
        assertThat(h.network.heard(CALL)).containsExactly(
                new HeardEvent.Answered(h.at(3)),
                new HeardEvent.PressedDigits(h.at(5), "1w2"),
                new HeardEvent.PressedDigits(h.at(13), "#"));
    }

    @Test
    void aScriptedHangupOffersRemoteHangupAndEndsThePhone() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withHangupAfter(Duration.ofSeconds(20))
                .withPress(Duration.ofSeconds(20), "5").withPress(Duration.ofSeconds(25), "6"));
        h.onCall(() -> {
            ring(false);
            assertThat(h.next(Duration.ofMinutes(1))).isEqualTo(new CallInput.Digit('5')); // due with the hang-up: goes first
            assertThat(h.next(Duration.ofMinutes(1))).isEqualTo(new CallInput.RemoteHangup());
            assertThat(h.clock.now()).isEqualTo(h.at(20));
            h.clock.sleep(Duration.ofSeconds(30));
        });
        assertThat(h.drain()).isEmpty(); // the press at 25 s never happens
        SimulatedPhone phone = h.network.phone(CALL).orElseThrow();
        assertThat(phone.isEnded()).isTrue();
        phone.hangup(); // the platform's hang-up afterwards changes nothing
        assertThat(phone.heard()).containsExactly(
                new HeardEvent.Answered(h.at(0)),
                new HeardEvent.PressedDigits(h.at(20), "5"),
                new HeardEvent.HungUp(h.at(20), By.PHONE));
    }

    @Test
    void aHangupInsideAPressCutsItShort() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withHangupAfter(Duration.ofSeconds(1))
                .withPress(Duration.ZERO, "1www2")); // the 2 would come at 1.5 s
        h.onCall(() -> {
            ring(false);
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('1'));
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.RemoteHangup());
            assertThat(h.clock.now()).isEqualTo(h.at(1));
            h.clock.sleep(THIRTY);
        });
        assertThat(h.drain()).isEmpty();
    }

    @Test
    void thePlatformHangingUpCancelsPendingScriptedActions() {
        h.network.setBehaviour(TO, PhoneBehaviour.DEFAULT.withPress(Duration.ofSeconds(10), "1")
                .withHangupAfter(Duration.ofSeconds(20)));
        h.onCall(() -> {
            RingResult.Answered a = (RingResult.Answered) ring(false);
            h.clock.sleep(Duration.ofSeconds(5));
            a.leg().hangup();
            h.clock.sleep(Duration.ofMinutes(1)); // the script's participant is gone: time still advances
            assertThat(h.clock.now()).isEqualTo(h.at(65));
        });
        assertThat(h.drain()).isEmpty();
        assertThat(h.network.heard(CALL)).containsExactly(
                new HeardEvent.Answered(h.at(0)), new HeardEvent.HungUp(h.at(5), By.PLATFORM));
        assertThat(h.network.hangup(CALL)).isFalse();
    }

    @Test
    void anInboundCallersScriptStartsWhenThePlatformAnswers() {
        h.network.setBehaviour(FROM, PhoneBehaviour.DEFAULT.withPress(Duration.ofSeconds(2), "42"));
        h.onCall(() -> {
            SimulatedPhone caller = h.network.caller(CALL, FROM, h.inbox);
            assertThat(caller.isAnswered()).isFalse();
            h.clock.sleep(Duration.ofSeconds(4)); // ringing: nothing pressed yet
            assertThat(h.inbox.isEmpty()).isTrue();
            caller.answer();
            caller.answer(); // idempotent: one script
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('4'));
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('2'));
            assertThat(h.clock.now()).isEqualTo(h.at(6));
            h.clock.sleep(THIRTY);
        });
        assertThat(h.drain()).isEmpty();
    }

    @Test
    void theAdminApiPressesDigitsAndHangsUpALiveCall() {
        h.onCall(() -> {
            ring(false);
            h.clock.sleep(Duration.ofSeconds(3));
            assertThat(h.network.press(CALL, "7w8")).isTrue();
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('7'));
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.Digit('8'));
            assertThat(h.clock.now()).isEqualTo(h.at(3.5));
            assertThat(h.network.hangup(CALL)).isTrue();
            assertThat(h.next(THIRTY)).isEqualTo(new CallInput.RemoteHangup());
            assertThat(h.network.press(CALL, "1")).isFalse();
        });
        assertThat(h.network.press("CA-unknown", "1")).isFalse();
        assertThat(h.network.hangup("CA-unknown")).isFalse();
        assertThatThrownBy(() -> h.network.press(CALL, "12x"))
                .isInstanceOfSatisfying(TwilioException.class, e -> assertThat(e.code()).isEqualTo(21200));
        assertThat(h.network.heard(CALL)).containsExactly(
                new HeardEvent.Answered(h.at(0)),
                new HeardEvent.PressedDigits(h.at(3), "7w8"),
                new HeardEvent.HungUp(h.at(3.5), By.PHONE));
        h.network.forget(CALL);
        assertThat(h.network.phone(CALL)).isEqualTo(Optional.empty());
    }
}
