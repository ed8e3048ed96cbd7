package dev.switchboard.core.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a simulated phone behaves. When rung ({@link SimulatedPhoneNetwork#ring}): {@link #answer}
 * policy, {@link #answerAfter} (ring time before answering), {@link #answeredBy} (reported only when
 * machine detection was asked for). Once answered (rung phones) or answered by the platform
 * (inbound callers): scripted {@link #presses} and an optional {@link #hangupAfter}, both counted
 * from the answer. {@link #speechDuration} is how long the phone speaks when {@code <Record>}ed.
 * Immutable; {@link #DEFAULT} answers at once as a human, stays on the line, presses nothing and
 * speaks 3 s when recorded.
 *
 * <p>Form fields of {@link #parse} (all optional, seconds are decimals {@code 0}–{@code 14400}
 * with at most 3 fractional digits; anything else, an unknown field or a repeated single-valued
 * field fails with 21200):
 * <ul>
 *   <li>{@code Answer} = {@code answer} | {@code busy} | {@code no-answer} | {@code failed}</li>
 *   <li>{@code AnswerAfter} = seconds of ringing before answering</li>
 *   <li>{@code AnsweredBy} = {@code human} | {@code machine_start} | {@code machine_end_beep} |
 *       {@code machine_end_silence} | {@code machine_end_other} | {@code fax} | {@code unknown}</li>
 *   <li>{@code HangupAfter} = seconds after answering when the phone hangs up</li>
 *   <li>{@code Digits} = keys to press, {@code DigitsAfter} = seconds after answering (default 0)</li>
 *   <li>{@code Press} = {@code <seconds>:<keys>}, repeatable, e.g. {@code Press=2:1234}</li>
 *   <li>{@code SpeechDuration} = seconds the phone speaks into a recording</li>
 * </ul>
 * Keys are {@code 0-9 * #} and {@code w} (a 0.5 s pause, as in Twilio's {@code SendDigits}).
 */
public record PhoneBehaviour(AnswerPolicy answer, Duration answerAfter, AnsweredBy answeredBy,
                             Optional<Duration> hangupAfter, List<Press> presses, Duration speechDuration) {

    /** Keys a phone can press, with {@code w} pauses. */
    static final Pattern KEYS = Pattern.compile("[0-9*#w]+");

    public static final PhoneBehaviour DEFAULT = new PhoneBehaviour(AnswerPolicy.ANSWER, Duration.ZERO,
            AnsweredBy.HUMAN, Optional.empty(), List.of(), Duration.ofSeconds(3));

    /** Presses {@code digits} ({@code 0-9 * #}, {@code w} = 0.5 s pause) {@code afterAnswer}. */
    public record Press(Duration afterAnswer, String digits) {
        public Press {
            requireNonNegative(afterAnswer, "afterAnswer");
            Objects.requireNonNull(digits, "digits");
            if (!KEYS.matcher(digits).matches()) throw new IllegalArgumentException("digits must be 0-9 * # w: " + digits);
        }
    }

    public PhoneBehaviour {
        Objects.requireNonNull(answer, "answer");
        requireNonNegative(answerAfter, "answerAfter");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(hangupAfter, "hangupAfter");
        hangupAfter.ifPresent(d -> requireNonNegative(d, "hangupAfter"));
        presses = presses.stream().sorted(Comparator.comparing(Press::afterAnswer)).toList(); // stable: same time keeps order
        requireNonNegative(speechDuration, "speechDuration");
    }

    /** Parses the admin API's form (see the class comment). Throws {@code TwilioException} 21200 on bad input. */
    public static PhoneBehaviour parse(Map<String, List<String>> form) {
        return BehaviourForm.parse(form);
    }

    public PhoneBehaviour withAnswer(AnswerPolicy policy) {
        return new PhoneBehaviour(policy, answerAfter, answeredBy, hangupAfter, presses, speechDuration);
    }

    public PhoneBehaviour withAnswerAfter(Duration d) {
        return new PhoneBehaviour(answer, d, answeredBy, hangupAfter, presses, speechDuration);
    }

    public PhoneBehaviour withAnsweredBy(AnsweredBy by) {
        return new PhoneBehaviour(answer, answerAfter, by, hangupAfter, presses, speechDuration);
    }

    public PhoneBehaviour withHangupAfter(Duration d) {
        return new PhoneBehaviour(answer, answerAfter, answeredBy, Optional.of(d), presses, speechDuration);
    }

    /** Adds a scripted press of {@code digits} at {@code afterAnswer}. */
    public PhoneBehaviour withPress(Duration afterAnswer, String digits) {
        List<Press> more = new ArrayList<>(presses);
        more.add(new Press(afterAnswer, digits));
        return new PhoneBehaviour(answer, answerAfter, answeredBy, hangupAfter, more, speechDuration);
    }

    public PhoneBehaviour withSpeechDuration(Duration d) {
        return new PhoneBehaviour(answer, answerAfter, answeredBy, hangupAfter, presses, d);
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
}
