package dev.switchboard.server.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.interpreter.DialConnector;
import dev.switchboard.core.interpreter.DialOutcome;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.core.webhook.UrlResolver;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code <Dial><Number>} over the {@link PhoneNetwork}: creates the child leg (direction
 * {@code outbound-dial}, {@code ParentCallSid}), rings it for the Dial's {@code timeout}, and
 * bridges until either side hangs up, {@code timeLimit} passes, or the caller presses {@code *}
 * with {@code hangupOnStar}. Several {@code <Number>}/{@code <Client>} nouns ring in parallel, or
 * in turn with {@code sequential} ({@link DialRinger}). A noun's {@code url} runs as a whisper on
 * the answered child before bridging ({@link WhisperRunner}): its end connects, a hang-up declines
 * ({@code no-answer}). Other nouns next to them are skipped with warning 12200.
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
        List<DialTarget> targets = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (DialNoun noun : dial.nouns()) {
            switch (noun) {
                case DialNumber n -> targets.add(new DialTarget(n.number(), n.machineDetection().mode().isPresent(),
                        n.sendDigits(), n.callbacks(), CustomParameters.none()));
                case DialClient c -> clientTarget(c).ifPresent(targets::add);
                case dev.switchboard.core.twiml.DialSip sip -> targets.add(sipTarget(sip));
                default -> ignored.add(noun.getClass().getSimpleName());
            }
        }
        if (!ignored.isEmpty()) warn("Dial: these nouns are not connected yet and were skipped: " + String.join(", ", ignored));
        if (targets.isEmpty()) return failed();
        return dialTargets(dial, targets, callerInputs);
    }

    /**
     * {@code <Client>}: {@code client:<identity>} with its {@code <Parameter>}s, checked by the
     * custom-parameter rules (an error skips the noun and is recorded; warnings are recorded).
     */
    private Optional<DialTarget> clientTarget(DialClient noun) {
        Call p = parent.call();
        CustomParameters parameters = CustomParameters.of(noun.parameters());
        ParameterCheck check = parameters.check();
        check.warnings().forEach(w -> env.timeline().event(p.accountSid(), p.sid(),
                new CallEvent.WarningRaised(w.code(), w.message())));
        if (check.firstError().isPresent()) {
            var e = check.firstError().get();
            env.timeline().event(p.accountSid(), p.sid(), new CallEvent.CallFailed(e.code(), "Dial->Client: " + e.message()));
            return Optional.empty();
        }
        return Optional.of(new DialTarget(ClientNetwork.PREFIX + noun.identity(), false, Optional.empty(), noun.callbacks(),
                parameters));
    }

    /**
     * {@code <Sip>}: the URI as written (its {@code ?X-…} query becomes INVITE headers) with the nested
     * {@code <Headers><Header>}s appended to that query, and {@code username}/{@code password} for the far end's
     * challenge.
     */
    private static DialTarget sipTarget(dev.switchboard.core.twiml.DialSip noun) {
        StringBuilder uri = new StringBuilder(noun.uri());
        for (var h : noun.headers()) {
            uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(dev.switchboard.core.context.UriComponent.encode(h.name()))
                    .append('=').append(dev.switchboard.core.context.UriComponent.encode(h.value()));
        }
        Optional<dev.switchboard.core.call.RingRequest.Credentials> login = noun.username()
                .map(u -> new dev.switchboard.core.call.RingRequest.Credentials(u, noun.password().orElse("")));
        return new DialTarget(uri.toString(), noun.machineDetection().mode().isPresent(), Optional.empty(), noun.callbacks(),
                CustomParameters.none(), login);
    }

    private static DialOutcome failed() {
        return new DialOutcome("failed", Optional.empty(), java.util.OptionalLong.empty(), false,
                java.util.Map.of(), java.util.Map.of(), Optional.empty());
    }

    /** Rings the targets (in parallel, or in turn with {@code sequential}), then connects the winner. */
    private DialOutcome dialTargets(Dial dial, List<DialTarget> targets, Inbox<CallInput> callerInputs) {
        List<DialChildLeg> legs = new ArrayList<>();
        Function<DialTarget, DialChildLeg> start = t -> {
            DialChildLeg leg = DialChildLeg.start(env, parent.call(), dial.callerId(), t,
                    childTarget(t.callbacks(), this::resolve), authToken);
            legs.add(leg);
            return leg;
        };
        try {
            DialRinger.Rung rung = dial.sequential() || targets.size() == 1
                    ? DialRinger.sequential(env.clock(), targets, start, dial.timeout(), callerInputs)
                    : DialRinger.parallel(env.clock(), targets, start, dial.timeout(), callerInputs);
            if (rung.winner().isEmpty()) {
                String status = rung.callerGaveUp().isPresent() ? "canceled" : DialRinger.unansweredStatus(rung.unanswered());
                DialOutcome notConnected = DialOutcome.notConnected(status, legs.getFirst().sid()).withExtra(rung.extras());
                return rung.callerGaveUp().map(notConnected::endedByCaller).orElse(notConnected);
            }
            return connect(dial, rung.winner().get(), rung.callerGaveUp(), callerInputs).withExtra(rung.extras());
        } finally {
            legs.forEach(DialChildLeg::close);
        }
    }

    /** The answered leg: its whisper, then the bridge until either side ends it. */
    private DialOutcome connect(Dial dial, DialRinger.Winner winner, Optional<CallInput.Control> callerGaveUp,
            Inbox<CallInput> callerInputs) {
        DialChildLeg leg = winner.leg();
        CallLeg answered = winner.answered().leg();
        leg.answered(winner.answered());
        if (callerGaveUp.isPresent()) { // answered as the caller hung up: nobody to bridge
            answered.hangup();
            return DialOutcome.completed(leg.sid(), leg.end(CallStatus.COMPLETED)).endedByCaller(callerGaveUp.get());
        }
        LegCallbacks nounCallbacks = leg.target.callbacks();
        if (nounCallbacks.url().isPresent()) {
            WhisperRunner.Result whisper = new WhisperRunner(env, authToken).run(resolve(nounCallbacks.url().get()),
                    nounCallbacks.method(), leg.state, leg.hooks, answered, leg.inbox, callerInputs);
            if (whisper.callerGaveUp().isPresent() || whisper.end() != TwimlInterpreter.WhisperEnd.CONNECT) {
                leg.end(CallStatus.COMPLETED);
                DialOutcome declined = DialOutcome.notConnected(whisper.callerGaveUp().isPresent() ? "canceled"
                        : whisper.end() == TwimlInterpreter.WhisperEnd.FAILED ? "failed" : "no-answer", leg.sid());
                return whisper.callerGaveUp().map(declined::endedByCaller).orElse(declined);
            }
        }
        if (!parentLeg.isAnswered()) parentLeg.answer();
        leg.target.sendDigits().ifPresent(d -> env.clock().sleep(answered.playDigits(d)));
        Optional<CallInput.Control> callerEnded = new Bridge(env.clock(), callerInputs, leg.inbox, dial).await(answered);
        DialOutcome done = DialOutcome.completed(leg.sid(), leg.end(CallStatus.COMPLETED));
        return callerEnded.map(done::endedByCaller).orElse(done);
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
