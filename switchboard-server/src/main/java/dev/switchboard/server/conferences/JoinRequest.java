package dev.switchboard.server.conferences;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.Inbox;
import java.util.Optional;

/**
 * A call asking to enter the conference {@code name} of its account, with the participant's
 * settings from {@code <Conference>}'s attributes. {@code wake} is the call's inbox: the room puts
 * a wake-up there when it releases the participant (kicked, conference ended).
 */
public record JoinRequest(
        String accountSid,
        String callSid,
        String name,
        Optional<String> label,
        boolean muted,
        boolean startConferenceOnEnter,
        boolean endConferenceOnExit,
        int maxParticipants,
        Optional<String> coach,
        Optional<String> region,
        ConferenceCallbacks callbacks,
        Inbox<CallInput> wake) {
}
