package dev.switchboard.server.calls;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.HttpMethod;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import dev.switchboard.core.webhook.FormParams;
import java.util.function.Function;
import dev.switchboard.core.interpreter.CallLeg;

/**
 * Starts calls: outbound ones created through the REST API, and inbound ones arriving at a number
 * an account owns (from the sandbox admin API today). The record is written before the call's
 * thread starts, so a REST read right after create finds it. Calls over an account's CPS limit
 * wait in {@code queued}, as on Twilio, instead of being refused.
 */
public final class CallPlacer {
    /** What the REST create asked for, validated. */
    public record Outbound(Account account, String to, String from, VoiceTarget target, Duration ringTimeout,
            Optional<Duration> timeLimit, Optional<String> sendDigits, boolean machineDetection,
            dev.switchboard.core.context.CustomParameters parameters,
            Optional<dev.switchboard.core.call.RingRequest.Credentials> sipCredentials) {
        public Outbound(Account account, String to, String from, VoiceTarget target, Duration ringTimeout,
                Optional<Duration> timeLimit, Optional<String> sendDigits, boolean machineDetection,
                dev.switchboard.core.context.CustomParameters parameters) {
            this(account, to, from, target, ringTimeout, timeLimit, sendDigits, machineDetection, parameters, Optional.empty());
        }
    }

    private final CallEnvironment env;
    private final CpsGate cps;

    public CallPlacer(CallEnvironment env, CpsGate cps) {
        this.env = env;
        this.cps = cps;
    }

    /** Throws 20429 when this node already runs its maximum of live calls ({@code --max-live-calls}). */
    public void admit() {
        env.live().admit();
    }

    public Call outbound(Outbound o) {
        return outbound(o, () -> {});
    }

    /** As {@link #outbound(Outbound)}, running {@code onEnd} once the call is over (a REST-created conference leg). */
    public Call outbound(Outbound o, Runnable onEnd) {
        env.live().admit();
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        Call call = new Call(Sids.next(SidPrefix.CALL), o.account().sid(), null, o.to(), o.from(), null,
                CallStatus.QUEUED, CallDirection.OUTBOUND_API, null, Call.API_VERSION, null, null, null, null,
                null, null, null, null, "USD", 0, now, now);
        env.stores().calls().create(call, o.target().statusCallbackTarget());
        CallState state = new CallState(env, call, o.target());
        Inbox<CallInput> inbox = env.live().register(call.sid());
        CallRun run = new CallRun(env, state, o.target(), o.account().authToken(), inbox,
                Optional.of(new CallRun.Dialing(o.ringTimeout(), o.sendDigits(), o.machineDetection(), o.parameters(),
                        o.sipCredentials())), o.timeLimit());
        env.clock().startParticipant(() -> {
            Duration waited = cps.await(o.account().sid());
            if (!waited.isZero()) state.queueTime(waited.toMillis());
            try {
                run.run();
            } finally {
                onEnd.run();
            }
        });
        return call;
    }

    /**
     * A call from {@code from} to a number some account owns; routed to the number's application
     * (which wins) or its own voice URL. Empty when nobody owns {@code to}.
     */
    public Optional<Call> inbound(String from, String to, Optional<String> forwardedFrom) {
        return inbound(from, to, forwardedFrom, Optional.empty(), FormParams.empty());
    }

    /** As above, with the caller's leg made by {@code callerLeg} instead of the phone network. */
    public Optional<Call> inbound(String from, String to, Optional<String> forwardedFrom,
            Optional<Function<Inbox<CallInput>, CallLeg>> callerLeg, FormParams callParams) {
        Optional<IncomingPhoneNumber> owned = env.stores().phoneNumbers().findByPhoneNumber(to);
        if (owned.isEmpty()) return Optional.empty();
        IncomingPhoneNumber number = owned.get();
        env.live().admit();
        Account account = env.stores().accounts().find(number.accountSid()).orElseThrow();
        // a number on an Elastic SIP Trunk goes on to the trunk's PBX (origination), without a webhook
        boolean trunk = number.trunkSid() != null;
        VoiceTarget target = trunk ? new VoiceTarget(Optional.empty(), HttpMethod.POST,
                Optional.of("<Response><Dial answerOnBridge=\"true\"><Number>" + to + "</Number></Dial></Response>"),
                Optional.empty(), HttpMethod.POST, Optional.empty(), HttpMethod.POST, Set.of("completed"), Call.API_VERSION,
                Optional.empty()) : inboundTarget(number);
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        Call call = new Call(Sids.next(SidPrefix.CALL), account.sid(), null, to, from, number.sid(),
                CallStatus.RINGING, trunk ? CallDirection.TRUNKING_ORIGINATING : CallDirection.INBOUND, null, target.apiVersion(), forwardedFrom.orElse(null), null,
                null, null, null, null, null, null, "USD", 0, now, now);
        env.stores().calls().create(call, target.statusCallbackTarget());
        CallState state = new CallState(env, call, target);
        Inbox<CallInput> inbox = env.live().register(call.sid());
        CallRun run = new CallRun(env, state, target, account.authToken(), inbox, Optional.empty(), Optional.empty(), callerLeg, callParams);
        env.clock().startParticipant(run);
        return Optional.of(call);
    }

    /**
     * A call placed by a Voice SDK device ({@code device.connect()}): an inbound call with SID
     * {@code callSid} that runs {@code app} (spec §1.5: {@code From=client:<identity>},
     * {@code To} = the {@code To} param or empty, {@code Direction=inbound}, first request
     * {@code CallStatus=ringing}); {@code callParams} (the device's params) go on every TwiML
     * request; {@code warnings} are recorded on the call. Returns at once.
     */
    public Call clientInbound(String callSid, Account account, Application app, String from, String to,
            Function<Inbox<CallInput>, CallLeg> callerLeg, FormParams callParams,
            java.util.List<dev.switchboard.core.context.ParameterProblem> warnings) {
        return inboundTo(callSid, account, applicationTarget(app), from, to, callerLeg, callParams, warnings);
    }

    /**
     * A call that arrived over SIP at {@code domain}: an inbound call with SID {@code callSid} running the
     * domain's voice URL (fallback, and status callback with the {@code completed} event only, spec §1.5);
     * {@code From}/{@code To} are SIP URIs and {@code callParams} (SipDomain, SipCallId, SipHeader_…) go on
     * every TwiML request. Returns at once.
     */
    public Call sipInbound(String callSid, Account account, dev.switchboard.core.sip.SipDomain domain, String from,
            String to, Function<Inbox<CallInput>, CallLeg> callerLeg, FormParams callParams) {
        VoiceTarget target = new VoiceTarget(Optional.ofNullable(domain.voiceUrl()), method(domain.voiceMethod()),
                Optional.empty(), Optional.ofNullable(domain.voiceFallbackUrl()), method(domain.voiceFallbackMethod()),
                Optional.ofNullable(domain.voiceStatusCallbackUrl()), method(domain.voiceStatusCallbackMethod()),
                Set.of("completed"), Call.API_VERSION, Optional.empty());
        return inboundTo(callSid, account, target, from, to, callerLeg, callParams, java.util.List.of());
    }

    /**
     * A call from a PBX into an Elastic SIP Trunk's termination domain ({@code Direction=trunking-terminating}):
     * no webhook, it runs {@code twiml} (the dial out to the PSTN). Returns at once.
     */
    public Call trunkTerminating(String callSid, Account account, String from, String to, String twiml,
            Function<Inbox<CallInput>, CallLeg> callerLeg) {
        VoiceTarget target = new VoiceTarget(Optional.empty(), HttpMethod.POST, Optional.of(twiml), Optional.empty(),
                HttpMethod.POST, Optional.empty(), HttpMethod.POST, Set.of("completed"), Call.API_VERSION, Optional.empty());
        return inboundTo(callSid, account, target, from, to, callerLeg, FormParams.empty(), java.util.List.of(),
                CallDirection.TRUNKING_TERMINATING);
    }

    private Call inboundTo(String callSid, Account account, VoiceTarget target, String from, String to,
            Function<Inbox<CallInput>, CallLeg> callerLeg, FormParams callParams,
            java.util.List<dev.switchboard.core.context.ParameterProblem> warnings) {
        return inboundTo(callSid, account, target, from, to, callerLeg, callParams, warnings, CallDirection.INBOUND);
    }

    private Call inboundTo(String callSid, Account account, VoiceTarget target, String from, String to,
            Function<Inbox<CallInput>, CallLeg> callerLeg, FormParams callParams,
            java.util.List<dev.switchboard.core.context.ParameterProblem> warnings, CallDirection direction) {
        env.live().admit();
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        Call call = new Call(callSid, account.sid(), null, to, from, null,
                CallStatus.RINGING, direction, null, target.apiVersion(), null, null,
                null, null, null, null, null, null, "USD", 0, now, now);
        env.stores().calls().create(call, target.statusCallbackTarget());
        for (var w : warnings) {
            env.timeline().event(account.sid(), callSid,
                    new dev.switchboard.core.interpreter.CallEvent.WarningRaised(w.code(), w.message()));
        }
        CallState state = new CallState(env, call, target);
        Inbox<CallInput> inbox = env.live().register(call.sid());
        CallRun run = new CallRun(env, state, target, account.authToken(), inbox, Optional.empty(), Optional.empty(),
                Optional.of(callerLeg), callParams);
        env.clock().startParticipant(run);
        return call;
    }

    static VoiceTarget applicationTarget(Application a) {
        return new VoiceTarget(Optional.ofNullable(a.voiceUrl()), method(a.voiceMethod()), Optional.empty(),
                Optional.ofNullable(a.voiceFallbackUrl()), method(a.voiceFallbackMethod()),
                Optional.ofNullable(a.statusCallback()), method(a.statusCallbackMethod()), Set.of("completed"),
                a.apiVersion(), Optional.of(a.sid()));
    }

    /** Twilio's precedence: the voice application's URLs win over the number's own (spec §5.3). */
    private VoiceTarget inboundTarget(IncomingPhoneNumber n) {
        Optional<Application> app = Optional.ofNullable(n.voiceApplicationSid())
                .flatMap(sid -> env.stores().applications().find(n.accountSid(), sid));
        if (app.isPresent()) {
            Application a = app.get();
            return new VoiceTarget(Optional.ofNullable(a.voiceUrl()), method(a.voiceMethod()), Optional.empty(),
                    Optional.ofNullable(a.voiceFallbackUrl()), method(a.voiceFallbackMethod()),
                    Optional.ofNullable(a.statusCallback()), method(a.statusCallbackMethod()), Set.of("completed"),
                    a.apiVersion(), Optional.of(a.sid()));
        }
        return new VoiceTarget(Optional.ofNullable(n.voiceUrl()), method(n.voiceMethod()), Optional.empty(),
                Optional.ofNullable(n.voiceFallbackUrl()), method(n.voiceFallbackMethod()),
                Optional.ofNullable(n.statusCallback()), method(n.statusCallbackMethod()), Set.of("completed"),
                n.apiVersion(), Optional.empty());
    }

    static HttpMethod method(String m) {
        return "GET".equalsIgnoreCase(m) ? HttpMethod.GET : HttpMethod.POST;
    }
}
