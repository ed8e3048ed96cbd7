package dev.switchboard.core.webhook;

import dev.switchboard.core.recording.Recording;

/**
 * The parameters of a {@code recordingStatusCallback} (spec twilio-voice.md §6, twilio-sip-media.md §5.2),
 * in Twilio's documented order: {@code AccountSid}, {@code CallSid}, {@code RecordingSid},
 * {@code RecordingUrl} (absolute, no extension: the WAV), {@code RecordingStatus},
 * {@code RecordingDuration} (only when {@code completed}), {@code RecordingChannels} ({@code 1}/{@code 2}),
 * {@code RecordingStartTime} (RFC 2822), {@code RecordingSource}, {@code RecordingTrack}, then
 * {@code ConferenceSid} for a conference's recording and {@code ErrorCode} when the recording has one.
 * Pure: no I/O.
 */
public final class RecordingStatusParams {
    private RecordingStatusParams() {}

    /** @param publicUrl the platform's public base URL without a trailing slash */
    public static FormParams of(Recording r, String publicUrl) {
        FormParams.Builder b = FormParams.builder()
                .add("AccountSid", r.accountSid())
                .add("CallSid", r.callSid())
                .add("RecordingSid", r.sid())
                .add("RecordingUrl", mediaUrl(publicUrl, r.accountSid(), r.sid()))
                .add("RecordingStatus", r.status().wire());
        if (r.status() == dev.switchboard.core.recording.RecordingStatus.COMPLETED && r.duration() != null) {
            b.add("RecordingDuration", Integer.toString(r.duration()));
        }
        b.add("RecordingChannels", Integer.toString(r.channels()))
                .add("RecordingStartTime", Rfc2822.format(r.startTime()))
                .add("RecordingSource", r.source().wire())
                .add("RecordingTrack", r.track());
        if (r.conferenceSid() != null) b.add("ConferenceSid", r.conferenceSid());
        if (r.errorCode() != null) b.add("ErrorCode", Integer.toString(r.errorCode()));
        return b.build();
    }

    /** Where the recording's audio is served: {@code {publicUrl}/2010-04-01/Accounts/{AC}/Recordings/{RE}}. */
    public static String mediaUrl(String publicUrl, String accountSid, String recordingSid) {
        return publicUrl + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + recordingSid;
    }
}
