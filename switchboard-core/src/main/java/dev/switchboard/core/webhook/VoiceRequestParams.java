package dev.switchboard.core.webhook;

import dev.switchboard.core.geo.GeoLookup;
import java.time.Instant;
import java.util.Optional;

/**
 * The parameters Twilio sends on every voice request (spec §1.1, §1.2), on status callbacks (§6),
 * and the legacy {@code 2008-08-01} contract (seed 003: {@code CallGuid}, {@code AccountGuid},
 * {@code Caller}/{@code Called} with their geo fields, {@code DialStatus} on the first request).
 * Pure: builds values, sends nothing.
 */
public final class VoiceRequestParams {
    /** {@code CallbackSource} of call progress events, always this value. */
    public static final String CALLBACK_SOURCE = "call-progress-events";

    private VoiceRequestParams() {}

    /** The standard set for a TwiML request (voice URL, action URLs, Redirect targets). */
    public static FormParams standard(CallContext call, GeoLookup geo) {
        if (call.isLegacy()) return legacy(call, geo, Optional.empty());
        FormParams.Builder p = FormParams.builder()
                .add("AccountSid", call.accountSid())
                .add("ApiVersion", call.apiVersion());
        call.applicationSid().ifPresent(sid -> p.add("ApplicationSid", sid));
        p.add("CallSid", call.callSid())
                .add("CallStatus", call.callStatus())
                .add("Direction", call.direction());
        call.forwardedFrom().ifPresent(v -> p.add("ForwardedFrom", v));
        call.callerName().ifPresent(v -> p.add("CallerName", v));
        p.add("From", call.from());
        call.parentCallSid().ifPresent(v -> p.add("ParentCallSid", v));
        p.add("To", call.to());
        return GeoParameters.append(p.build(), call.from(), call.to(), geo);
    }

    /**
     * The legacy {@code 2008-08-01} set. {@code dialStatus} is sent on the first request only
     * ({@code answered} for inbound calls, the attempt's result for outbound ones).
     */
    public static FormParams legacy(CallContext call, GeoLookup geo, Optional<String> dialStatus) {
        FormParams.Builder p = FormParams.builder()
                .add("CallGuid", call.callSid())
                .add("AccountGuid", call.accountSid())
                .add("CallStatus", legacyStatus(call.callStatus()));
        dialStatus.ifPresent(s -> p.add("DialStatus", s));
        FormParams geoParams = GeoParameters.of(call.from(), call.to(), geo);
        for (FormParam e : geoParams.entries()) {
            // the 2008 contract only knew the Caller*/Called* spellings
            if (e.name().startsWith("Caller") || e.name().startsWith("Called")) p.add(e.name(), e.value());
        }
        return p.build();
    }

    /** The legacy contract had no {@code ringing}/{@code queued}: a call being handled was in progress. */
    static String legacyStatus(String status) {
        return switch (status) {
            case "queued", "initiated", "ringing" -> "in-progress";
            default -> status;
        };
    }

    /**
     * A call-progress status callback: the standard set plus {@code CallStatus} for the event,
     * {@code Timestamp}, {@code CallbackSource}, {@code SequenceNumber} (from 0 per call) and, on
     * {@code completed}, {@code CallDuration} (seconds) and {@code Duration} (billed minutes).
     */
    public static FormParams statusCallback(CallContext call, GeoLookup geo, Instant timestamp, int sequenceNumber,
            Optional<Integer> callDurationSeconds) {
        FormParams.Builder p = standard(call, geo).toBuilder();
        callDurationSeconds.ifPresent(s -> p.add("CallDuration", Integer.toString(s))
                .add("Duration", Integer.toString((s + 59) / 60)));
        return p.add("Timestamp", Rfc2822.format(timestamp))
                .add("CallbackSource", CALLBACK_SOURCE)
                .add("SequenceNumber", Integer.toString(sequenceNumber))
                .build();
    }
}
