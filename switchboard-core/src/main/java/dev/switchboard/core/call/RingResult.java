package dev.switchboard.core.call;

import dev.switchboard.core.interpreter.CallLeg;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How ringing a far end ended: answered (with the leg), or busy / no-answer / failed / canceled. {@code dialExtras}
 * are what the far end tells the {@code <Dial action>} request beyond the standard parameters: a SIP far end's
 * {@code DialSipCallId}, {@code DialSipResponseCode} and {@code DialSipHeader_X-…} (spec §2.4); empty for others.
 */
public sealed interface RingResult {
    /** Time spent ringing before the outcome. */
    Duration ringTime();

    Map<String, String> dialExtras();

    record Answered(CallLeg leg, Optional<String> answeredBy, Duration ringTime, Map<String, String> dialExtras)
            implements RingResult {
        public Answered {
            dialExtras = Collections.unmodifiableMap(new LinkedHashMap<>(dialExtras));
        }

        public Answered(CallLeg leg, Optional<String> answeredBy, Duration ringTime) {
            this(leg, answeredBy, ringTime, Map.of());
        }
    }

    /** {@code status} is one of {@link CallStatus#BUSY}, {@link CallStatus#NO_ANSWER}, {@link CallStatus#FAILED}, {@link CallStatus#CANCELED}. */
    record NotAnswered(CallStatus status, Duration ringTime, Map<String, String> dialExtras) implements RingResult {
        public NotAnswered {
            dialExtras = Collections.unmodifiableMap(new LinkedHashMap<>(dialExtras));
        }

        public NotAnswered(CallStatus status, Duration ringTime) {
            this(status, ringTime, Map.of());
        }
    }
}
