package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Record;
import dev.switchboard.core.twiml.Trim;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code <Record>} (spec §3.6). Beep, then record until a {@code finishOnKey} key, {@code timeout}
 * of silence after the caller stops speaking (0 disables it), {@code maxLength}, or hang-up. An
 * empty recording makes no request and continues; otherwise {@code action} (default: the current
 * document) gets {@code RecordingUrl}, {@code RecordingDuration}, {@code RecordingSid} and
 * {@code Digits} (the key, or {@code hangup}); after a hang-up its TwiML is not run.
 */
final class RecordExecutor {

    Outcome execute(Record record, VerbContext ctx) {
        if (record.playBeep()) {
            Optional<Outcome> interrupted = Playback.untilEnd(ctx, ctx.leg().playBeep(), true);
            if (interrupted.isPresent()) return interrupted.get();
        }
        Instant start = ctx.clock().now();
        Duration speech = ctx.leg().startRecording();
        Duration limit = record.timeout().isZero() ? record.maxLength() : min(speech.plus(record.timeout()), record.maxLength());
        String endedBy = null;
        CallInput.Control control = null;
        while (endedBy == null && control == null) {
            Duration left = limit.minus(Duration.between(start, ctx.clock().now()));
            if (left.isNegative() || left.isZero()) break;
            Optional<CallInput> in = ctx.clock().poll(ctx.inputs(), left);
            if (in.isEmpty()) break; // silence timeout or maxLength
            switch (in.get()) {
                case CallInput.Digit d -> {
                    if (record.finishOnKey().indexOf(d.key()) >= 0) endedBy = String.valueOf(d.key());
                }
                case CallInput.RemoteHangup h -> endedBy = "hangup";
                case CallInput.Control c -> control = c;
            }
        }
        Duration elapsed = Duration.between(start, ctx.clock().now());
        Duration spoken = min(speech, elapsed);
        Duration kept = record.trim() == Trim.TRIM_SILENCE ? spoken : elapsed;
        CallLeg.Recording recording = ctx.leg().stopRecording(kept);
        if (control != null) return new Outcome.Interrupted(control);
        boolean hungUp = "hangup".equals(endedBy);
        if (spoken.isZero()) {
            // Empty recording: no request (spec §3.6, §14.3).
            return hungUp ? new Outcome.Interrupted(new CallInput.RemoteHangup()) : Outcome.CONTINUE;
        }
        ctx.events().record(new CallEvent.RecordingCompleted(recording.url(), recording.duration()));
        FormParams.Builder params = FormParams.builder()
                .add("RecordingUrl", recording.url())
                .add("RecordingDuration", Long.toString(recording.duration().toSeconds()))
                .add("RecordingSid", recording.sid());
        if (endedBy != null) params.add("Digits", endedBy);
        if (hungUp) params.add("CallStatus", "completed");
        String url = ctx.actionOrCurrent(record.action());
        return hungUp ? new Outcome.FinalRequest(url, record.method(), params.build())
                : new Outcome.Fetch(url, record.method(), params.build());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
