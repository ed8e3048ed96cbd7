package dev.switchboard.server.sandbox;

import dev.switchboard.core.sandbox.PhoneBehaviour;
import java.util.LinkedHashMap;
import java.util.Map;

/** A phone behaviour as the admin API shows it (durations in seconds). */
final class BehaviourJson {
    private BehaviourJson() {}

    static Map<String, Object> of(String number, PhoneBehaviour b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("answer", b.answer().wireValue());
        m.put("answer_after", seconds(b.answerAfter()));
        m.put("answered_by", b.answeredBy().wireValue());
        m.put("hangup_after", b.hangupAfter().map(BehaviourJson::seconds).orElse(null));
        m.put("presses", b.presses().stream().map(p -> Map.of("after", seconds(p.afterAnswer()), "digits", p.digits())).toList());
        m.put("speech_duration", seconds(b.speechDuration()));
        return m;
    }

    static double seconds(java.time.Duration d) { return d.toMillis() / 1000.0; }
}
