package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One child call of a {@code <Dial>} (direction {@code outbound-dial}, {@code ParentCallSid}): its
 * record, state, inbox and the noun's own status callbacks. Created {@code initiated} and then
 * {@code ringing}; {@link #close()} releases its inbox and callbacks.
 */
final class DialChildLeg implements AutoCloseable {
    final DialTarget target;
    final Call call;
    final CallState state;
    final Inbox<CallInput> inbox;
    final RecordingWebhookClient hooks;
    private final CallEnvironment env;
    private final StatusCallbacks callbacks;

    private DialChildLeg(CallEnvironment env, DialTarget target, Call call, VoiceTarget voiceTarget, String authToken) {
        this.env = env;
        this.target = target;
        this.call = call;
        this.state = new CallState(env, call, voiceTarget);
        this.inbox = env.live().register(call.sid());
        this.hooks = new RecordingWebhookClient(env.webhooks(), env.timeline(), env.clock(), call.accountSid(), call.sid());
        this.callbacks = new StatusCallbacks(voiceTarget, hooks, env, authToken);
    }

    /** Creates the child call of {@code parent} to {@code target} and reports it initiated and ringing. */
    static DialChildLeg start(CallEnvironment env, Call parent, Optional<String> callerId, DialTarget target,
            VoiceTarget voiceTarget, String authToken) {
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        Call child = new Call(Sids.next(SidPrefix.CALL), parent.accountSid(), parent.sid(), target.to(),
                callerId.orElse(parent.from()), null, CallStatus.QUEUED, CallDirection.OUTBOUND_DIAL, null,
                Call.API_VERSION, null, null, null, null, null, null, null, null, "USD", 0, now, now);
        env.stores().calls().create(child, voiceTarget.statusCallbackTarget());
        DialChildLeg leg = new DialChildLeg(env, target, child, voiceTarget, authToken);
        leg.report("initiated", leg.state.contextAs("initiated"), Optional.empty(), FormParams.empty());
        leg.state.status(CallStatus.RINGING);
        leg.report("ringing", leg.state.context(), Optional.empty(), FormParams.empty());
        return leg;
    }

    String sid() { return call.sid(); }

    /** Rings the target on the platform's network; blocks until answered, refused, stopped or {@code timeout}. */
    RingResult ring(Duration timeout) {
        return env.network().ring(new RingRequest(call.sid(), call.accountSid(), target.to(), call.from(), timeout,
                target.machineDetection(), target.parameters(), target.credentials()), inbox);
    }

    void answered(RingResult.Answered answered) {
        state.answered(answered.answeredBy());
        report("answered", state.context(), Optional.empty(), FormParams.empty());
    }

    /** Ends the leg with {@code status}; answers its duration in seconds. */
    int end(CallStatus status) {
        int seconds = state.end(status);
        report("completed", state.context(), Optional.of(seconds), FormParams.empty());
        return seconds;
    }

    private void report(String event, dev.switchboard.core.webhook.CallContext context, Optional<Integer> duration,
            FormParams extra) {
        callbacks.report(event, context, env.clock().now(), duration, extra);
    }

    @Override
    public void close() {
        try {
            callbacks.close();
        } finally {
            env.live().remove(call.sid());
        }
    }
}
