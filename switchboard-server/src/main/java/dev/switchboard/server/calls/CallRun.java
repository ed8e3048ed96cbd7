package dev.switchboard.server.calls;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallEnd;
import dev.switchboard.core.interpreter.CallEvents;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.core.interpreter.WebhookDocumentSource;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.VoiceRequestParams;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call, as plain sequential code on its own virtual thread (house style: a call is a
 * thread). Outbound: initiated → ringing → the far end answers (or busy / no-answer / failed) →
 * the TwiML runs → completed. Inbound: the caller is already ringing the platform; the TwiML runs
 * and answers it. Status callbacks and the record follow every step.
 */
final class CallRun implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CallRun.class);

    /** How an outbound call dials its far end. */
    record Dialing(Duration ringTimeout, Optional<String> sendDigits, boolean machineDetection, CustomParameters parameters,
            Optional<RingRequest.Credentials> sipCredentials) {
        Dialing(Duration ringTimeout, Optional<String> sendDigits, boolean machineDetection, CustomParameters parameters) {
            this(ringTimeout, sendDigits, machineDetection, parameters, Optional.empty());
        }
    }

    private final CallEnvironment env;
    private final CallState state;
    private final VoiceTarget target;
    private final String authToken;
    private final Inbox<CallInput> inbox;
    private final Optional<Dialing> dialing;
    private final Optional<Duration> timeLimit;
    private final Optional<Function<Inbox<CallInput>, CallLeg>> callerLeg;
    private final FormParams callParams;
    private volatile java.util.function.Consumer<CallEnd> endListener = e -> {};
    /** The webhook client that records this call's exchanges in its timeline. */
    private WebhookClient hooks;

    CallRun(CallEnvironment env, CallState state, VoiceTarget target, String authToken, Inbox<CallInput> inbox,
            Optional<Dialing> dialing, Optional<Duration> timeLimit) {
        this(env, state, target, authToken, inbox, dialing, timeLimit, Optional.empty(), FormParams.empty());
    }

    /**
     * {@code callerLeg}: for inbound calls that do not come from the phone network; {@code callParams}:
     * parameters sent on every TwiML request of this call (SIP-style {@code SipHeader_X-…}).
     */
    CallRun(CallEnvironment env, CallState state, VoiceTarget target, String authToken, Inbox<CallInput> inbox,
            Optional<Dialing> dialing, Optional<Duration> timeLimit, Optional<Function<Inbox<CallInput>, CallLeg>> callerLeg,
            FormParams callParams) {
        this.callerLeg = callerLeg;
        this.callParams = callParams;
        this.env = env;
        this.state = state;
        this.target = target;
        this.authToken = authToken;
        this.inbox = inbox;
        this.dialing = dialing;
        this.timeLimit = timeLimit;
    }

    /** Told how the TwiML ended (status, {@code <Hangup>/<Reject>} parameters) before the call is closed. */
    CallRun onTwimlEnd(java.util.function.Consumer<CallEnd> listener) {
        this.endListener = listener;
        return this;
    }

    @Override
    public void run() {
        String sid = state.sid();
        hooks = new RecordingWebhookClient(env.webhooks(), env.timeline(), env.clock(), state.call().accountSid(), sid);
        try (StatusCallbacks callbacks = new StatusCallbacks(target, hooks, env, authToken)) {
            CallStatus end;
            try {
                end = dialing.isPresent() ? outbound(callbacks) : inbound(callbacks);
            } catch (RuntimeException e) {
                LOG.error("call {} failed unexpectedly", sid, e);
                end = state.wasAnswered() ? CallStatus.COMPLETED : CallStatus.FAILED;
            }
            int seconds = state.end(end);
            callbacks.report("completed", state.context(), env.clock().now(), Optional.of(seconds), FormParams.empty());
            if (state.context().isLegacy()) legacyEndOfCall();
        } finally {
            env.live().remove(sid);
        }
    }

    private CallStatus outbound(StatusCallbacks callbacks) {
        Dialing d = dialing.orElseThrow();
        callbacks.report("initiated", state.contextAs("initiated"), env.clock().now(), Optional.empty(), FormParams.empty());
        state.status(CallStatus.RINGING);
        callbacks.report("ringing", state.context(), env.clock().now(), Optional.empty(), FormParams.empty());
        Optional<Control> early = inbox.takeFirst(i -> i instanceof CallInput.Control).map(Control::of);
        if (early.isPresent()) return CallStatus.CANCELED;
        RingResult ring = env.network().ring(new RingRequest(state.sid(), state.call().accountSid(), state.call().to(),
                state.call().from(), d.ringTimeout(), d.machineDetection(), d.parameters(), d.sipCredentials()), inbox);
        if (ring instanceof RingResult.NotAnswered na) return na.status();
        RingResult.Answered answered = (RingResult.Answered) ring;
        state.answered(answered.answeredBy());
        FormParams amd = answered.answeredBy().map(a -> FormParams.of("AnsweredBy", a)).orElse(FormParams.empty());
        callbacks.report("answered", state.context(), env.clock().now(), Optional.empty(), amd);
        CallLeg leg = answered.leg();
        d.sendDigits().ifPresent(digits -> env.clock().sleep(leg.playDigits(digits)));
        CallEnd end = interpret(leg, amd);
        endListener.accept(end);
        return terminal(end);
    }

    private CallStatus inbound(StatusCallbacks callbacks) {
        CallLeg caller = callerLeg.map(f -> f.apply(inbox))
                .orElseGet(() -> env.network().caller(state.sid(), state.call().from(), inbox));
        CallLeg leg = new TrackedLeg(caller, () -> state.answered(Optional.empty()));
        FormParams first = state.context().isLegacy() ? FormParams.of("DialStatus", "answered") : FormParams.empty();
        CallEnd end = interpret(leg, first);
        endListener.accept(end);
        return terminal(end);
    }

    private CallEnd interpret(CallLeg leg, FormParams firstRequestExtras) {
        var documents = new FirstRequestExtras(new WebhookDocumentSource(hooks, state::context, env.geo(),
                authToken, target.fallbackUrl().map(u -> new WebhookDocumentSource.Fallback(u, target.fallbackMethod()))),
                firstRequestExtras, callParams);
        CallEvents events = e -> env.timeline().event(state.call().accountSid(), state.sid(), e);
        var dialer = new NetworkDialConnector(env, state, leg, authToken);
        var interpreter = new TwimlInterpreter(documents, leg, dialer, events, env.clock(), inbox);
        TimeLimit limit = TimeLimit.start(env.clock(), inbox, timeLimit);
        try {
            return target.twiml().isPresent()
                    ? interpreter.runTwiml(target.twiml().get(), env.publicUrl().get() + "/")
                    : interpreter.run(target.url().orElseThrow(), target.method());
        } finally {
            limit.cancel();
        }
    }

    private CallStatus terminal(CallEnd end) {
        return switch (end.status()) {
            case "busy" -> CallStatus.BUSY;
            case "no-answer" -> CallStatus.NO_ANSWER;
            case "failed" -> state.wasAnswered() ? CallStatus.COMPLETED : CallStatus.FAILED;
            case "canceled" -> CallStatus.CANCELED;
            default -> state.wasAnswered() ? CallStatus.COMPLETED : CallStatus.NO_ANSWER;
        };
    }

    /** The 2008-08-01 contract's end-of-call request to the initial URL (seed 003). */
    private void legacyEndOfCall() {
        target.url().ifPresent(url -> hooks.fetch(WebhookRequest.statusCallback(url,
                WebhookMethod.valueOf(target.method().name()),
                VoiceRequestParams.legacy(state.context(), env.geo(), Optional.empty()), authToken)));
    }

    /** A control input taken before ringing started (REST cancel). */
    private record Control(CallInput input) {
        static Control of(CallInput in) { return new Control(in); }
    }
}
