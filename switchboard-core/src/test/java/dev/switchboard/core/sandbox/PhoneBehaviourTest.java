package dev.switchboard.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneBehaviourTest {

    @Test
    void anEmptyFormIsTheDefault() {
        assertThat(PhoneBehaviour.parse(Map.of())).isEqualTo(PhoneBehaviour.DEFAULT);
        assertThat(PhoneBehaviour.DEFAULT.answer()).isEqualTo(AnswerPolicy.ANSWER);
        assertThat(PhoneBehaviour.DEFAULT.answerAfter()).isZero();
        assertThat(PhoneBehaviour.DEFAULT.answeredBy()).isEqualTo(AnsweredBy.HUMAN);
        assertThat(PhoneBehaviour.DEFAULT.hangupAfter()).isEmpty();
        assertThat(PhoneBehaviour.DEFAULT.speechDuration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void everyFieldParses() {
        PhoneBehaviour b = PhoneBehaviour.parse(form("Answer=answer&AnswerAfter=5&AnsweredBy=machine_end_beep"
                + "&HangupAfter=20.5&Digits=12w3&DigitsAfter=2&Press=10:%23&Press=1:9&SpeechDuration=0"));
        assertThat(b.answer()).isEqualTo(AnswerPolicy.ANSWER);
        assertThat(b.answerAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.answeredBy()).isEqualTo(AnsweredBy.MACHINE_END_BEEP);
        assertThat(b.hangupAfter()).contains(Duration.ofMillis(20_500));
        assertThat(b.presses()).containsExactly(
                new PhoneBehaviour.Press(Duration.ofSeconds(1), "9"),
                new PhoneBehaviour.Press(Duration.ofSeconds(2), "12w3"),
                new PhoneBehaviour.Press(Duration.ofSeconds(10), "#"));
        assertThat(b.speechDuration()).isZero();
    }

    @Test
    void everyAnswerPolicyAndAnsweredByValueParses() {
        assertThat(PhoneBehaviour.parse(form("Answer=busy")).answer()).isEqualTo(AnswerPolicy.BUSY);
        assertThat(PhoneBehaviour.parse(form("Answer=no-answer")).answer()).isEqualTo(AnswerPolicy.NO_ANSWER);
        assertThat(PhoneBehaviour.parse(form("Answer=failed")).answer()).isEqualTo(AnswerPolicy.FAILED);
        for (AnsweredBy by : AnsweredBy.values()) {
            assertThat(PhoneBehaviour.parse(form("AnsweredBy=" + by.wireValue())).answeredBy()).isEqualTo(by);
        }
        assertThat(AnsweredBy.FAX.wireValue()).isEqualTo("fax");
        assertThat(AnsweredBy.MACHINE_END_SILENCE.wireValue()).isEqualTo("machine_end_silence");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Answer=BUSY", "Answer=reject", "Answer=busy&Answer=failed",
        "AnswerAfter=-1", "AnswerAfter=five", "AnswerAfter=1.2345", "AnswerAfter=14401", "AnswerAfter=",
        "AnsweredBy=machine", "AnsweredBy=Human",
        "HangupAfter=abc",
        "Digits=12a", "Digits=", "DigitsAfter=2", "Digits=1&DigitsAfter=x",
        "Press=1234", "Press=x:12", "Press=1:", "Press=1:12-3",
        "SpeechDuration=1e3",
        "Ring=5",
    })
    void badInputIsRefusedWith21200(String query) {
        assertThatThrownBy(() -> PhoneBehaviour.parse(form(query)))
                .isInstanceOfSatisfying(TwilioException.class, e -> assertThat(e.code()).isEqualTo(21200));
    }

    @Test
    void withersBuildTheSameValuesAsTheForm() {
        PhoneBehaviour built = PhoneBehaviour.DEFAULT.withAnswerAfter(Duration.ofSeconds(5))
                .withHangupAfter(Duration.ofSeconds(20)).withPress(Duration.ofSeconds(2), "1234");
        assertThat(PhoneBehaviour.parse(form("AnswerAfter=5&HangupAfter=20&Press=2:1234"))).isEqualTo(built);
        assertThat(built.hangupAfter()).isEqualTo(Optional.of(Duration.ofSeconds(20)));
    }

    /** A tiny query-string reader: {@code a=1&a=2}; {@code %23} is {@code #}. */
    static Map<String, List<String>> form(String query) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            form.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1).replace("%23", "#"));
        }
        return form;
    }
}
