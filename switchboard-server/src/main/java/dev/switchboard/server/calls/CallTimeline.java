package dev.switchboard.server.calls;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.time.CallClock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a call's timeline (spec: "every call keeps an ordered event timeline"): what the
 * interpreter did, status changes, and — through {@link RecordingWebhookClient} — every webhook
 * exchange. Errors and warnings also become Twilio Notifications. A failure to write is logged,
 * never thrown: the timeline must not break the call it describes.
 */
public class CallTimeline {
    private static final Logger LOG = LoggerFactory.getLogger(CallTimeline.class);
    private final CallTimelineStore store;
    private final CallClock clock;

    public CallTimeline(CallTimelineStore store, CallClock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void event(String accountSid, String callSid, CallEvent event) {
        var at = clock.now();
        TimelineEntry entry = switch (event) {
            case CallEvent.VerbStarted v -> new VerbExecuted(accountSid, callSid, 0, at, v.verb(), "");
            case CallEvent.DocumentFetched d -> null; // the webhook exchange itself is recorded
            case CallEvent.CallAnswered a -> new VerbExecuted(accountSid, callSid, 0, at, "answer", "");
            case CallEvent.DigitsGathered g -> new VerbExecuted(accountSid, callSid, 0, at, "Gather",
                    "Digits=" + g.digits() + " FinishedOnKey=" + g.finishedOnKey());
            case CallEvent.RecordingCompleted r -> new VerbExecuted(accountSid, callSid, 0, at, "Record",
                    "RecordingUrl=" + r.url() + " RecordingDuration=" + r.duration().toSeconds());
            case CallEvent.DialEnded d -> new VerbExecuted(accountSid, callSid, 0, at, "Dial", "DialCallStatus=" + d.dialCallStatus());
            case CallEvent.CallHungUp h -> new VerbExecuted(accountSid, callSid, 0, at, "hangup", "by " + h.by());
            case CallEvent.CallRejected r -> new VerbExecuted(accountSid, callSid, 0, at, "Reject", "reason=" + r.reason());
            case CallEvent.WarningRaised w -> ErrorRaised.of(accountSid, callSid, at, w.code(), w.message(),
                    ErrorRaised.Level.WARNING, Optional.empty(), Optional.empty());
            case CallEvent.CallFailed f -> ErrorRaised.of(accountSid, callSid, at, f.code(), f.message(),
                    ErrorRaised.Level.ERROR, Optional.empty(), Optional.empty());
        };
        if (entry != null) append(entry);
    }

    public void statusChanged(String accountSid, String callSid, CallStatus from, CallStatus to) {
        append(new StatusChanged(accountSid, callSid, 0, clock.now(), from, to));
    }

    void append(TimelineEntry entry) {
        try {
            store.append(entry);
        } catch (RuntimeException e) {
            LOG.warn("call {}: could not record {} in its timeline", entry.callSid(), entry.kind(), e);
        }
    }
}
