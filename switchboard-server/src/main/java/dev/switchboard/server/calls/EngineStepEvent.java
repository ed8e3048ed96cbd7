package dev.switchboard.server.calls;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JFR event for the engine's own time in one webhook step: from the moment a TwiML answer
 * arrived to the moment the call's next request (the next document, or a status callback) starts.
 * Costs nothing unless a recording is running ({@code -XX:StartFlightRecording}); {@code bench calls}
 * reads it from the platform's recording.
 */
@Name(EngineStepEvent.NAME)
@Label("Engine step")
@Category("Switchboard")
@Description("From a TwiML answer to the call's next webhook request")
@StackTrace(false)
final class EngineStepEvent extends jdk.jfr.Event {
    static final String NAME = "switchboard.EngineStep";

    @Label("Call SID")
    String callSid;

    @Label("Next request is a status callback")
    boolean toStatusCallback;
}
