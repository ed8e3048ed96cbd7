package dev.switchboard.core.interpreter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a {@code <Dial>} ended (spec §2.3).
 *
 * @param dialCallStatus  {@code completed}, {@code answered} (Conference only), {@code busy},
 *                        {@code no-answer}, {@code failed} or {@code canceled}
 * @param childCallSid    the dialed leg's CallSid (never sent for Conference)
 * @param durationSeconds how long the dialed leg was connected (never sent for Conference)
 * @param bridged         whether the caller was actually connected to the destination
 * @param returnParams    {@code <Hangup>/<Reject>} {@code <Parameter>}s of a
 *                        {@code <Dial><Application>}'s script; sent as {@code ReturnParam_<name>}
 * @param extra           further action parameters, sent as given ({@code DialSipResponseCode}, {@code RecordingUrl}…)
 * @param callerInput     the control input from the caller's side that ended the dial, if any
 */
public record DialOutcome(
        String dialCallStatus,
        Optional<String> childCallSid,
        OptionalLong durationSeconds,
        boolean bridged,
        Map<String, String> returnParams,
        Map<String, String> extra,
        Optional<CallInput.Control> callerInput) {

    public DialOutcome {
        Objects.requireNonNull(dialCallStatus, "dialCallStatus");
        Objects.requireNonNull(childCallSid, "childCallSid");
        Objects.requireNonNull(durationSeconds, "durationSeconds");
        returnParams = Collections.unmodifiableMap(new LinkedHashMap<>(returnParams));
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        Objects.requireNonNull(callerInput, "callerInput");
    }

    /** The callee answered, talked {@code seconds} and the leg ended. */
    public static DialOutcome completed(String childCallSid, long seconds) {
        return new DialOutcome("completed", Optional.of(childCallSid), OptionalLong.of(seconds), true,
                Map.of(), Map.of(), Optional.empty());
    }

    /** The callee never connected: {@code busy}, {@code no-answer}, {@code failed} or {@code canceled}. */
    public static DialOutcome notConnected(String status, String childCallSid) {
        return new DialOutcome(status, Optional.of(childCallSid), OptionalLong.of(0), false,
                Map.of(), Map.of(), Optional.empty());
    }

    public DialOutcome withReturnParams(Map<String, String> params) {
        return new DialOutcome(dialCallStatus, childCallSid, durationSeconds, bridged, params, extra, callerInput);
    }

    /** The same outcome with {@code more} action parameters ({@code DialSipCallId}, …) added. */
    public DialOutcome withExtra(Map<String, String> more) {
        if (more.isEmpty()) return this;
        Map<String, String> all = new LinkedHashMap<>(extra);
        all.putAll(more);
        return new DialOutcome(dialCallStatus, childCallSid, durationSeconds, bridged, returnParams, all, callerInput);
    }

    public DialOutcome endedByCaller(CallInput.Control input) {
        return new DialOutcome(dialCallStatus, childCallSid, durationSeconds, bridged, returnParams, extra, Optional.of(input));
    }
}
