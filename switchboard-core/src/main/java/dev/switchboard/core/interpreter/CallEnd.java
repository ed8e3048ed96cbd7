package dev.switchboard.core.interpreter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a script ended: the call's final status and the {@code <Hangup>}/{@code <Reject>}
 * {@code <Parameter>}s it returned (for the {@code <Dial><Application>} that placed it, spec §2.5).
 *
 * @param status {@code completed}, {@code busy}, {@code no-answer} or {@code failed} (spec §1.3)
 */
public record CallEnd(String status, Map<String, String> returnParams) {
    public CallEnd {
        Objects.requireNonNull(status, "status");
        returnParams = Collections.unmodifiableMap(new LinkedHashMap<>(returnParams));
    }

    static CallEnd completed() { return new CallEnd("completed", Map.of()); }

    static CallEnd failed() { return new CallEnd("failed", Map.of()); }
}
