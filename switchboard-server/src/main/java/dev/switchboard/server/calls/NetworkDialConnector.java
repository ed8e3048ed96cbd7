package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.interpreter.DialConnector;
import dev.switchboard.core.interpreter.DialOutcome;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.core.webhook.UrlResolver;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.CallProgressEvent;
import dev.switchboard.core.twiml.Dial;
import dev.switchboard.core.twiml.DialApplication;
import dev.switchboard.core.twiml.DialNoun;
import dev.switchboard.core.twiml.DialNumber;
import dev.switchboard.core.twiml.DialClient;
import dev.switchboard.core.twiml.LegCallbacks;
import dev.switchboard.core.context.ParameterCheck;
import dev.switchboard.server.clients.ClientNetwork;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code <Dial><Number>} over the {@link PhoneNetwork}: creates the child leg (direction
 * {@code outbound-dial}, {@code ParentCallSid}), rings it for the Dial's {@code timeout}, and
 * bridges until either side hangs up, {@code timeLimit} passes, or the caller presses {@code *}
 * with {@code hangupOnStar}. A noun's {@code url} runs as a whisper on the answered child before
 * bridging ({@link WhisperRunner}): its end connects, a hang-up declines ({@code no-answer}).
 * Only the first {@code <Number>}/{@code <Client>} is dialed today (warning 12200).
 */
final class NetworkDialConnector implements DialConnector {
    private final CallEnvironment env;
    private final CallState parent;
    private final CallLeg parentLeg;
    private final String authToken;
    private String documentUrl = "";

    NetworkDialConnector(CallEnvironment env, CallState parent, CallLeg parentLeg, String authToken) {
        this.env = env;
        this.parent = parent;
        this.parentLeg = parentLeg;
        this.authToken = authToken;
    }

    @Override
    public DialOutcome connect(Dial dial, Inbox<CallInput> callerInputs, String documentUrl) {
        this.documentUrl = documentUrl;
        return connect(dial, callerInputs);
    }

    /** A noun's {@code url}/{@code statusCallback}, resolved against the Dial's document (spec §0.2). */
    private String resolve(String reference) {
        return documentUrl.isEmpty() ? reference : UrlResolver.resolve(documentUrl, reference);
    }

    @Override
    public DialOutcome connect(Dial dial, Inbox<CallInput> callerInputs) {
        Optional<DialApplication> application = dial.nouns().stream().filter(n -> n instanceof DialApplication)
                .map(n -> (DialApplication) n).findFirst();
        if (application.isPresent()) {
            return new ApplicationDialer(env, parent, env.pricing()).connect(dial, application.get(), callerInputs);
        }
        Optional<dev.switchboard.core.twiml.DialConference> conference = dial.nouns().stream()
                .filter(n -> n instanceof dev.switchboard.core.twiml.DialConference)
                .map(n -> (dev.switchboard.core.twiml.DialConference) n).findFirst();
        if (conference.isPresent()) {
            return new ConferenceDialer(env, parent, parentLeg).connect(dial, conference.get(), callerInputs);
        }
        Optional<DialNoun> first = dial.nouns().stream().filter(n -> n instanceof DialNumber || n instanceof DialClient)
                .findFirst();
        if (first.isEmpty() || dial.nouns().size() > 1) {
            String kinds = dial.nouns().stream().map(n -> n.getClass().getSimpleName()).collect(Collectors.joining(", "));
            warn("Dial: only the first <Number> or <Client> of a <Dial> is connected today; got " + kinds);
        }
        if (first.isEmpty()) return failed();
        return switch (first.get()) {
            case DialNumber n -> dialLeg(dial, n.number(), n.machineDetection().mode().isPresent(), n.sendDigits(),
                    n.callbacks(), CustomParameters.none(), callerInputs);
            case DialClient c -> dialClient(dial, c, callerInputs);
            default -> failed();
        };
    }

    /**
     * {@code <Client>}: rings {@code client:<identity>} with its {@code <Parameter>}s, checked by the
     * custom-parameter rules (an error fails the Dial and is recorded; warnings are recorded).
     */
    private DialOutcome dialClient(Dial dial, DialClient noun, Inbox<CallInput> callerInputs) {
        Call p = parent.call();
        CustomParameters parameters = CustomParameters.of(noun.parameters());
        ParameterCheck check = parameters.check();
        check.warnings().forEach(w -> env.timeline().event(p.accountSid(), p.sid(),
                new CallEvent.WarningRaised(w.code(), w.message())));
        if (check.firstError().isPresent()) {
            var e = check.firstError().get();
            env.timeline().event(p.accountSid(), p.sid(), new CallEvent.CallFailed(e.code(), "Dial->Client: " + e.message()));
            return failed();
        }
        return dialLeg(dial, ClientNetwork.PREFIX + noun.identity(), false, Optional.empty(), noun.callbacks(),
                parameters, callerInputs);
    }

    private static DialOutcome failed() {
        return new DialOutcome("failed", Optional.empty(), java.util.OptionalLong.empty(), false,
                java.util.Map.of(), java.util.Map.of(), Optional.empty());
    }

    private DialOutcome dialLeg(Dial dial, String to, boolean machineDetection, Optional<String> sendDigits,
            LegCallbacks legCallbacks, CustomParameters parameters, Inbox<CallInput> callerInputs) {
        Call p = parent.call();
        Instant now = env.clock().now().truncatedTo(ChronoUnit.SECONDS);
        Call child = new Call(Sids.next(SidPrefix.CALL), p.accountSid(), p.sid(), to,
                dial.callerId().orElse(p.from()), null, CallStatus.QUEUED, CallDirection.OUTBOUND_DIAL, null,
                Call.API_VERSION, null, null, null, null, null, null, null, null, "USD", 0, now, now);
        env.stores().calls().create(child);
        VoiceTarget childTarget = childTarget(legCallbacks, this::resolve);
        CallState childState = new CallState(env, child, childTarget);
        Inbox<CallInput> childInbox = env.live().register(child.sid());
        var childHooks = new RecordingWebhookClient(env.webhooks(), env.timeline(), env.clock(), child.accountSid(), child.sid());
        try (StatusCallbacks callbacks = new StatusCallbacks(childTarget, childHooks, env.geo(), authToken)) {
            callbacks.report("initiated", childState.contextAs("initiated"), env.clock().now(), Optional.empty(), FormParams.empty());
            childState.status(CallStatus.RINGING);
            callbacks.report("ringing", childState.context(), env.clock().now(), Optional.empty(), FormParams.empty());
            RingResult ring;
            Optional<CallInput.Control> callerGaveUp;
            try (RingingCallerWatch watch = RingingCallerWatch.start(env.clock(), callerInputs, childInbox)) {
                ring = env.network().ring(new RingRequest(child.sid(), child.accountSid(), to, child.from(),
                        dial.timeout(), machineDetection, parameters), childInbox);
                watch.close();
                callerGaveUp = watch.callerInput();
            }
            if (ring instanceof RingResult.NotAnswered na) {
                childState.end(na.status());
                callbacks.report("completed", childState.context(), env.clock().now(), Optional.of(0), FormParams.empty());
                DialOutcome notConnected = DialOutcome.notConnected(na.status().wire(), child.sid());
                return callerGaveUp.map(notConnected::endedByCaller).orElse(notConnected);
            }
            RingResult.Answered answered = (RingResult.Answered) ring;
            childState.answered(answered.answeredBy());
            callbacks.report("answered", childState.context(), env.clock().now(), Optional.empty(), FormParams.empty());
            if (callerGaveUp.isPresent()) { // answered as the caller hung up: nobody to bridge
                answered.leg().hangup();
                int seconds = childState.end(CallStatus.COMPLETED);
                callbacks.report("completed", childState.context(), env.clock().now(), Optional.of(seconds), FormParams.empty());
                return DialOutcome.completed(child.sid(), seconds).endedByCaller(callerGaveUp.get());
            }
            if (legCallbacks.url().isPresent()) {
                WhisperRunner.Result whisper = new WhisperRunner(env, authToken).run(resolve(legCallbacks.url().get()),
                        legCallbacks.method(), childState, childHooks, answered.leg(), childInbox, callerInputs);
                if (whisper.callerGaveUp().isPresent() || whisper.end() != TwimlInterpreter.WhisperEnd.CONNECT) {
                    int seconds = childState.end(CallStatus.COMPLETED);
                    callbacks.report("completed", childState.context(), env.clock().now(), Optional.of(seconds), FormParams.empty());
                    DialOutcome declined = DialOutcome.notConnected(whisper.callerGaveUp().isPresent() ? "canceled"
                            : whisper.end() == TwimlInterpreter.WhisperEnd.FAILED ? "failed" : "no-answer", child.sid());
                    return whisper.callerGaveUp().map(declined::endedByCaller).orElse(declined);
                }
            }
            if (!parentLeg.isAnswered()) parentLeg.answer();
            sendDigits.ifPresent(d -> env.clock().sleep(answered.leg().playDigits(d)));
            Optional<CallInput.Control> callerEnded = new Bridge(env.clock(), callerInputs, childInbox, dial)
                    .await(answered.leg());
            int seconds = childState.end(CallStatus.COMPLETED);
            callbacks.report("completed", childState.context(), env.clock().now(), Optional.of(seconds), FormParams.empty());
            DialOutcome done = DialOutcome.completed(child.sid(), seconds);
            return callerEnded.map(done::endedByCaller).orElse(done);
        } finally {
            env.live().remove(child.sid());
        }
    }

    /** The child leg reports to the noun's own statusCallback (default event: completed). */
    private static VoiceTarget childTarget(LegCallbacks cb, java.util.function.UnaryOperator<String> resolve) {
        var events = cb.statusCallbackEvent().isEmpty()
                ? java.util.Set.of("completed")
                : cb.statusCallbackEvent().stream().map(CallProgressEvent::wireValue).collect(Collectors.toSet());
        return new VoiceTarget(Optional.empty(), HttpMethod.POST, Optional.empty(), Optional.empty(), HttpMethod.POST,
                cb.statusCallback().map(resolve), cb.statusCallbackMethod(), events, "2010-04-01", Optional.empty());
    }

    private void warn(String message) {
        env.timeline().event(parent.call().accountSid(), parent.sid(),
                new CallEvent.WarningRaised(dev.switchboard.core.error.TwilioError.SCHEMA_VALIDATION_WARNING.code(), message));
    }

    static Duration orMax(Duration d) { return d.isZero() ? Duration.ofHours(4) : d; }
}
