package dev.switchboard.core.call;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;

/**
 * The far ends a call can reach or come from. Today the simulated phone network (every number no
 * account owns is a scripted phone); SIP and client endpoints later implement the same port.
 * Every method may block on the call clock (ringing takes time).
 */
public interface PhoneNetwork {

    /**
     * Rings {@code to} for at most {@code ringTimeout} on behalf of a call from {@code from}.
     * When it answers, the returned leg is the callee; what the callee does on its own (presses
     * digits, hangs up) is offered to {@code inbox}, the inbox of the call that leg belongs to.
     * {@code machineDetection} asks for an {@code AnsweredBy} verdict ({@code human},
     * {@code machine_start}, {@code fax}, …) as Twilio's AMD gives it.
     */
    RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
            Inbox<CallInput> inbox);

    /**
     * As {@link #ring(String, String, String, Duration, boolean, Inbox)}, with the whole request:
     * endpoints that carry custom parameters (clients, SIP) override this one.
     */
    default RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        return ring(request.callSid(), request.to(), request.from(), request.ringTimeout(), request.machineDetection(), inbox);
    }

    /**
     * The leg of a caller placing an inbound call from {@code from} (a simulated phone, scripted
     * like any other). It is already "ringing" the platform; its scripted actions go to {@code inbox}.
     */
    CallLeg caller(String callSid, String from, Inbox<CallInput> inbox);
}
