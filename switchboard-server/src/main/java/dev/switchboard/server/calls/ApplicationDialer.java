package dev.switchboard.server.calls;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.LoopbackCall;
import dev.switchboard.core.context.ContextParams;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.context.CustomerId;
import dev.switchboard.core.context.ParameterCheck;
import dev.switchboard.core.context.ParameterProblem;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.interpreter.CallEnd;
import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.DialOutcome;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.CallProgressEvent;
import dev.switchboard.core.twiml.Dial;
import dev.switchboard.core.twiml.DialApplication;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code <Dial><Application>} (Application Connect): the call reaches a TwiML App directly, in the
 * same account or — when the app has {@code public_application_connect_enabled} — another one.
 * The app's leg is one child call (Direction {@code outbound-dial}, ParentCallSid = the dialing
 * call) owned by the app's account, so its webhooks are signed with that account's token. Its
 * voice request keeps the caller's {@code From}, carries {@code To} = the AP SID (or the parent's
 * To with {@code copyParentTo}), {@code ApplicationSid}, {@code CustomerId}, and each
 * {@code <Parameter>} as {@code Param_<name>}. When the app ends with {@code <Hangup>} or
 * {@code <Reject>} {@code <Parameter>}s, they come back to the dialing side's action as
 * {@code ReturnParam_<name>}. A malformed SID fails the Dial with 21218; an unknown app, or another
 * account's app that does not accept Application Connect, fails it identically with 31001, so
 * nothing about the target leaks. Parameter limits and codes: docs/custom-parameters.md.
 */
final class ApplicationDialer {
    private final CallEnvironment env;
    private final CallState parent;
    private final UsagePricing pricing;

    ApplicationDialer(CallEnvironment env, CallState parent, UsagePricing pricing) {
        this.env = env;
        this.parent = parent;
        this.pricing = pricing;
    }

    DialOutcome connect(Dial dial, DialApplication noun, Inbox<CallInput> callerInputs) {
        Call p = parent.call();
        Optional<ParameterProblem> malformed = ContextParams.applicationSidProblem(noun.applicationSid());
        if (malformed.isPresent()) return refuse(p, malformed.get());
        CustomParameters parameters = CustomParameters.of(noun.parameters());
        ParameterCheck check = parameters.check();
        check.warnings().forEach(w -> warn(p, w));
        if (check.firstError().isPresent()) return refuse(p, check.firstError().get());
        CustomerId customerId = CustomerId.resolve(noun.customerId().filter(c -> !c.isEmpty()), p.accountSid());
        customerId.warning().ifPresent(w -> warn(p, w));
        Optional<Application> app = env.stores().applications().findBySid(noun.applicationSid())
                .filter(a -> a.accountSid().equals(p.accountSid()) || a.publicApplicationConnectEnabled());
        Optional<Account> owner = app.flatMap(a -> env.stores().accounts().find(a.accountSid())).filter(Account::isActive);
        if (app.isEmpty() || owner.isEmpty() || app.get().voiceUrl() == null) {
            // unknown, or another account's app that does not accept Application Connect: one answer for both
            return refuse(p, new ParameterProblem(TwilioError.APPLICATION_NOT_FOUND, noun.applicationSid()));
        }
        Application a = app.get();
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        String to = noun.copyParentTo() ? p.to() : a.sid();
        Call child = new Call(Sids.next(SidPrefix.CALL), a.accountSid(), p.sid(), to, p.from(), null, CallStatus.RINGING,
                CallDirection.OUTBOUND_DIAL, null, a.apiVersion(), null, null, null, null, null, null, null, null, "USD",
                0, now, now);
        VoiceTarget target = new VoiceTarget(Optional.of(a.voiceUrl()), CallPlacer.method(a.voiceMethod()), Optional.empty(),
                Optional.ofNullable(a.voiceFallbackUrl()), CallPlacer.method(a.voiceFallbackMethod()),
                noun.callbacks().statusCallback().or(() -> Optional.ofNullable(a.statusCallback())),
                noun.callbacks().statusCallback().isPresent() ? noun.callbacks().statusCallbackMethod() : CallPlacer.method(a.statusCallbackMethod()),
                events(noun), a.apiVersion(), Optional.of(a.sid()));
        env.stores().calls().create(child, target.statusCallbackTarget());
        Inbox<CallInput> dialSide = new Inbox<>();
        LoopbackCall loop = new LoopbackCall(dialSide);
        Inbox<CallInput> childInbox = env.live().register(child.sid());
        Inbox<CallEnd> twimlEnd = new Inbox<>();
        Inbox<Boolean> done = new Inbox<>();
        CallRun run = new CallRun(env, new CallState(env, child, target), target, owner.get().authToken(), childInbox,
                Optional.empty(), Optional.of(dial.timeLimit()), Optional.of(loop::callerLeg),
                FormParams.of(CustomerId.REQUEST_PARAM, customerId.value()).addAll(ContextParams.applicationParams(parameters)))
                .onTwimlEnd(twimlEnd::offer);
        env.clock().startParticipant(() -> {
            try {
                run.run();
            } finally {
                done.offer(true);
            }
        });
        Optional<LoopbackCall.Settled> settled = loop.awaitSettled(env.clock(), dial.timeout());
        Optional<CallInput.Control> callerEnded = Optional.empty();
        boolean bridged = settled.isPresent() && settled.get() instanceof LoopbackCall.Settled.Answered;
        if (settled.isEmpty()) {
            loop.abandon();
        } else if (bridged) {
            callerEnded = new Bridge(env.clock(), callerInputs, dialSide, dial).await(loop.calleeLeg());
        }
        env.clock().poll(done, Duration.ofMinutes(5));
        Call ended = env.stores().calls().find(child.accountSid(), child.sid()).orElse(child);
        Map<String, String> returned = env.clock().poll(twimlEnd, Duration.ZERO).map(CallEnd::returnParams).orElse(Map.of());
        if (bridged) pricing.bill(ended);
        String status = switch (settled.orElse(null)) {
            case null -> "no-answer";
            case LoopbackCall.Settled.Answered x -> "completed";
            case LoopbackCall.Settled.Rejected r -> "busy".equals(r.reason()) ? "busy" : "no-answer";
            case LoopbackCall.Settled.Ended x -> "failed";
        };
        long seconds = ended.duration() == null ? 0 : ended.duration();
        DialOutcome outcome = new DialOutcome(status, Optional.of(child.sid()), OptionalLong.of(bridged ? seconds : 0), bridged,
                returned, Map.of(), Optional.empty());
        return callerEnded.map(outcome::endedByCaller).orElse(outcome);
    }

    private static Set<String> events(DialApplication noun) {
        Set<CallProgressEvent> e = noun.callbacks().statusCallbackEvent();
        return e.isEmpty() ? Set.of("completed") : e.stream().map(CallProgressEvent::wireValue).collect(Collectors.toSet());
    }

    private DialOutcome refuse(Call p, ParameterProblem problem) {
        env.timeline().event(p.accountSid(), p.sid(), new CallEvent.CallFailed(problem.code(), "Dial->Application: " + problem.message()));
        return failed();
    }

    private void warn(Call p, ParameterProblem problem) {
        env.timeline().event(p.accountSid(), p.sid(), new CallEvent.WarningRaised(problem.code(), problem.message()));
    }

    private static DialOutcome failed() {
        return new DialOutcome("failed", Optional.empty(), OptionalLong.empty(), false, Map.of(), Map.of(), Optional.empty());
    }
}
