package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallEvents;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.interpreter.DialConnector;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.core.interpreter.TwimlInterpreter.WhisperEnd;
import dev.switchboard.core.interpreter.WebhookDocumentSource;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.HttpMethod;
import java.util.Optional;

/**
 * A {@code <Number url>} / {@code <Client url>} whisper: the noun's TwiML runs on the answered child
 * leg, with the child's own request parameters ({@code CallSid}, {@code ParentCallSid},
 * {@code Direction=outbound-dial}, {@code CallStatus=in-progress}), signed, while the caller keeps
 * waiting. A caller hang-up meanwhile ends the whisper (the child leg is hung up).
 */
final class WhisperRunner {
    private final CallEnvironment env;
    private final String authToken;

    WhisperRunner(CallEnvironment env, String authToken) {
        this.env = env;
        this.authToken = authToken;
    }

    /** How the whisper ended, and the caller's control input if the caller left meanwhile. */
    record Result(WhisperEnd end, Optional<CallInput.Control> callerGaveUp) {}

    Result run(String url, HttpMethod method, CallState child, RecordingWebhookClient childHooks, CallLeg childLeg,
            Inbox<CallInput> childInbox, Inbox<CallInput> callerInputs) {
        var documents = new WebhookDocumentSource(childHooks, child::context, env.geo(), authToken, Optional.empty());
        CallEvents events = e -> env.timeline().event(child.call().accountSid(), child.sid(), e);
        DialConnector noDialing = (dial, inputs) -> {
            throw new IllegalStateException("a whisper's <Dial> is refused before it reaches the connector");
        };
        var interpreter = new TwimlInterpreter(documents, childLeg, noDialing, events, env.clock(), childInbox);
        try (RingingCallerWatch watch = RingingCallerWatch.start(env.clock(), callerInputs, childInbox)) {
            WhisperEnd end = interpreter.runWhisper(url, method);
            watch.close();
            if (watch.callerInput().isPresent() && end == WhisperEnd.CONNECT) childLeg.hangup();
            return new Result(end, watch.callerInput());
        }
    }
}
