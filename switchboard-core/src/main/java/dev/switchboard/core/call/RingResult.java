package dev.switchboard.core.call;

import dev.switchboard.core.interpreter.CallLeg;
import java.time.Duration;
import java.util.Optional;

/** How ringing a far end ended: answered (with the leg), or busy / no-answer / failed / canceled. */
public sealed interface RingResult {
    /** Time spent ringing before the outcome. */
    Duration ringTime();

    record Answered(CallLeg leg, Optional<String> answeredBy, Duration ringTime) implements RingResult {}

    /** {@code status} is one of {@link CallStatus#BUSY}, {@link CallStatus#NO_ANSWER}, {@link CallStatus#FAILED}, {@link CallStatus#CANCELED}. */
    record NotAnswered(CallStatus status, Duration ringTime) implements RingResult {}
}
