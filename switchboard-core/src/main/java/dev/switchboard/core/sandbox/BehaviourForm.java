package dev.switchboard.core.sandbox;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The admin form of a {@link PhoneBehaviour} (fields documented there); every refusal is 21200. */
final class BehaviourForm {
    private static final Set<String> FIELDS = Set.of("Answer", "AnswerAfter", "AnsweredBy", "HangupAfter",
            "Digits", "DigitsAfter", "Press", "SpeechDuration");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,5}(\\.\\d{1,3})?");
    /** Twilio's longest call (4 h); no scripted time needs to be longer. */
    private static final Duration MAX = Duration.ofHours(4);

    private BehaviourForm() {}

    static PhoneBehaviour parse(Map<String, List<String>> form) {
        for (String name : form.keySet()) {
            if (!FIELDS.contains(name)) throw invalid("Unknown parameter " + name);
        }
        PhoneBehaviour b = PhoneBehaviour.DEFAULT;
        Optional<String> answer = single(form, "Answer");
        if (answer.isPresent()) b = b.withAnswer(AnswerPolicy.fromWire(answer.get())
                .orElseThrow(() -> invalid("Answer must be answer, busy, no-answer or failed: " + answer.get())));
        b = b.withAnswerAfter(seconds(form, "AnswerAfter").orElse(Duration.ZERO));
        Optional<String> by = single(form, "AnsweredBy");
        if (by.isPresent()) b = b.withAnsweredBy(AnsweredBy.fromWire(by.get())
                .orElseThrow(() -> invalid("AnsweredBy is not one of Twilio's values: " + by.get())));
        Optional<Duration> hangup = seconds(form, "HangupAfter");
        if (hangup.isPresent()) b = b.withHangupAfter(hangup.get());
        Optional<String> digits = single(form, "Digits");
        Optional<Duration> digitsAfter = seconds(form, "DigitsAfter");
        if (digits.isPresent()) b = b.withPress(digitsAfter.orElse(Duration.ZERO), keys("Digits", digits.get()));
        else if (digitsAfter.isPresent()) throw invalid("DigitsAfter needs Digits");
        for (String press : form.getOrDefault("Press", List.of())) {
            int colon = press.indexOf(':');
            if (colon < 0) throw invalid("Press must be <seconds>:<digits>: " + press);
            b = b.withPress(toDuration("Press", press.substring(0, colon)), keys("Press", press.substring(colon + 1)));
        }
        b = b.withSpeechDuration(seconds(form, "SpeechDuration").orElse(PhoneBehaviour.DEFAULT.speechDuration()));
        return b;
    }

    private static Optional<String> single(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        if (values.size() > 1) throw invalid(name + " may be given once");
        return values.stream().findFirst();
    }

    private static Optional<Duration> seconds(Map<String, List<String>> form, String name) {
        return single(form, name).map(v -> toDuration(name, v));
    }

    private static Duration toDuration(String name, String value) {
        Function<String, TwilioException> bad = v -> invalid(name + " must be seconds from 0 to 14400: " + v);
        if (!SECONDS.matcher(value).matches()) throw bad.apply(value);
        Duration d = Duration.ofMillis(new BigDecimal(value).movePointRight(3).longValueExact());
        if (d.compareTo(MAX) > 0) throw bad.apply(value);
        return d;
    }

    private static String keys(String name, String value) {
        if (!PhoneBehaviour.KEYS.matcher(value).matches()) throw invalid(name + " digits must be 0-9, *, # or w: " + value);
        return value;
    }

    private static TwilioException invalid(String message) {
        return new TwilioException(TwilioError.PARAMETER_INVALID, message);
    }
}
