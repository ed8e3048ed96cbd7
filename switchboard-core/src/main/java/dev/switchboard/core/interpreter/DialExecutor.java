package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Dial;
import dev.switchboard.core.twiml.DialConference;
import dev.switchboard.core.webhook.FormParams;

/**
 * {@code <Dial>} (spec §2.1, §2.3): blocks in the {@link DialConnector} until the dialed leg ends.
 * With {@code action}: request it with the Dial results and run what it returns. Without: fall
 * through to the next verb. If the caller hung up meanwhile, the action is still requested (with
 * {@code CallStatus=completed}) but its TwiML is not run.
 */
final class DialExecutor {

    Outcome execute(Dial dial, VerbContext ctx) {
        DialOutcome result = ctx.dialer().connect(dial, ctx.inputs(), ctx.documentUrl());
        ctx.events().record(new CallEvent.DialEnded(result.dialCallStatus()));
        boolean hungUp = false;
        if (result.callerInput().isPresent()) {
            CallInput.Control c = result.callerInput().get();
            if (!(c instanceof CallInput.RemoteHangup)) return new Outcome.Interrupted(c);
            hungUp = true;
        }
        if (dial.action().isEmpty()) {
            return hungUp ? new Outcome.Interrupted(new CallInput.RemoteHangup()) : Outcome.CONTINUE;
        }
        FormParams params = params(dial, result, hungUp);
        String url = ctx.resolve(dial.action().get());
        return hungUp ? new Outcome.FinalRequest(url, dial.method(), params)
                : new Outcome.Fetch(url, dial.method(), params);
    }

    static FormParams params(Dial dial, DialOutcome result, boolean callerHungUp) {
        // §2.3 / §14.4: no DialCallSid or DialCallDuration when dialing a <Conference>.
        boolean conference = dial.nouns().stream().anyMatch(n -> n instanceof DialConference);
        FormParams.Builder p = FormParams.builder().add("DialCallStatus", result.dialCallStatus());
        if (!conference) {
            result.childCallSid().ifPresent(sid -> p.add("DialCallSid", sid));
            result.durationSeconds().ifPresent(s -> p.add("DialCallDuration", Long.toString(s)));
        }
        p.add("DialBridged", Boolean.toString(result.bridged()));
        result.returnParams().forEach((name, value) -> p.add("ReturnParam_" + name, value));
        result.extra().forEach(p::add);
        if (callerHungUp) p.add("CallStatus", "completed");
        return p.build();
    }
}
