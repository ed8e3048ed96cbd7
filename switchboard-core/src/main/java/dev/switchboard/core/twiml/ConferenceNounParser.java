package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Optional;
import java.util.Set;

/** Reads {@code <Dial><Conference>} with Twilio's 1323x warning codes. */
final class ConferenceNounParser {
    private final Diagnostics diagnostics;

    ConferenceNounParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<DialConference> conference(XmlNode.Element element) {
        TwilioError schema = TwilioError.SCHEMA_VALIDATION_WARNING;
        AttributeReader a = new AttributeReader(element, diagnostics);
        var muted = a.bool("muted", false, TwilioError.DIAL_CONFERENCE_INVALID_MUTED);
        var beep = a.enumValue("beep", DialConference.Beep.class, DialConference.Beep.TRUE,
                TwilioError.DIAL_CONFERENCE_INVALID_BEEP);
        var startConferenceOnEnter = a.bool("startConferenceOnEnter", true,
                TwilioError.DIAL_CONFERENCE_INVALID_START_CONFERENCE_ON_ENTER);
        var endConferenceOnExit = a.bool("endConferenceOnExit", false,
                TwilioError.DIAL_CONFERENCE_INVALID_END_CONFERENCE_ON_EXIT);
        var waitUrl = a.raw("waitUrl").map(String::trim); // "" means silence, so kept
        var waitMethod = a.method("waitMethod", TwilioError.DIAL_CONFERENCE_INVALID_WAIT_METHOD);
        var maxParticipants = a.integer("maxParticipants", DialConference.DEFAULT_MAX_PARTICIPANTS, 2,
                DialConference.DEFAULT_MAX_PARTICIPANTS, schema);
        var record = a.enumValue("record", DialConference.RecordMode.class, DialConference.RecordMode.DO_NOT_RECORD,
                schema);
        var region = a.optionalEnum("region", DialConference.Region.class, schema);
        var coach = a.text("coach").map(String::trim);
        var trim = a.enumValue("trim", Trim.class, Trim.TRIM_SILENCE, TwilioError.DIAL_CONFERENCE_INVALID_TRIM);
        var statusCallbackEvent = a.enumSet("statusCallbackEvent", DialConference.Event.class, Set.of(), schema);
        var statusCallback = a.text("statusCallback");
        var statusCallbackMethod = a.method("statusCallbackMethod", schema);
        var recordingStatusCallback = a.text("recordingStatusCallback");
        var recordingStatusCallbackMethod = a.method("recordingStatusCallbackMethod", schema);
        var recordingStatusCallbackEvent = a.enumSet("recordingStatusCallbackEvent", RecordingEvent.class,
                Set.of(RecordingEvent.COMPLETED), TwilioError.INVALID_RECORDING_STATUS_CALLBACK_EVENT);
        var eventCallbackUrl = a.text("eventCallbackUrl");
        var jitterBufferSize = a.enumValue("jitterBufferSize", DialConference.JitterBufferSize.class,
                DialConference.JitterBufferSize.LARGE, schema);
        var participantLabel = a.text("participantLabel");
        a.finish();
        String name = diagnostics.textOnly(element, schema);
        if (name.isEmpty()) {
            diagnostics.warn(TwilioError.DIAL_CONFERENCE_INVALID_NAME, element, "<Conference> has no name; skipped");
            return Optional.empty();
        }
        return Optional.of(new DialConference(name, muted, beep, startConferenceOnEnter, endConferenceOnExit,
                waitUrl, waitMethod, maxParticipants, record, region, coach, trim, statusCallbackEvent,
                statusCallback, statusCallbackMethod, recordingStatusCallback, recordingStatusCallbackMethod,
                recordingStatusCallbackEvent, eventCallbackUrl, jitterBufferSize, participantLabel));
    }
}
