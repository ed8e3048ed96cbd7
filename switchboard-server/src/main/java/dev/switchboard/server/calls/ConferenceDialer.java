package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.interpreter.DialOutcome;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.Dial;
import dev.switchboard.core.twiml.DialConference;
import dev.switchboard.server.conferences.ConferenceCallbacks;
import dev.switchboard.server.conferences.ConferenceRooms;
import dev.switchboard.server.conferences.JoinRequest;
import dev.switchboard.server.conferences.Member;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * {@code <Dial><Conference>}: answers the call if needed, joins the account's room of that name and
 * blocks the call's thread until it leaves: the caller hangs up (or a REST redirect/complete), it
 * is kicked, the conference ends, {@code timeLimit} passes, or {@code *} with {@code hangupOnStar}.
 * Every way out is {@code DialCallStatus=answered} (no DialCallSid/DialCallDuration, spec §2.3); a
 * full conference ({@code maxParticipants}) is {@code failed}.
 */
final class ConferenceDialer {
    private final CallEnvironment env;
    private final CallState call;
    private final CallLeg leg;

    ConferenceDialer(CallEnvironment env, CallState call, CallLeg leg) {
        this.env = env;
        this.call = call;
        this.leg = leg;
    }

    DialOutcome connect(Dial dial, DialConference noun, Inbox<CallInput> callerInputs) {
        if (!leg.isAnswered()) leg.answer();
        ConferenceCallbacks callbacks = new ConferenceCallbacks(noun.statusCallback(), noun.statusCallbackMethod(),
                noun.statusCallbackEvent().stream().map(DialConference.Event::wireValue).collect(Collectors.toSet()));
        JoinRequest request = new JoinRequest(call.call().accountSid(), call.sid(), noun.name(), noun.participantLabel(),
                noun.muted(), noun.startConferenceOnEnter(), noun.endConferenceOnExit(), noun.maxParticipants(), noun.coach(),
                noun.region().map(DialConference.Region::wireValue), callbacks, callerInputs);
        Optional<Member> joined = env.conferences().join(request);
        if (joined.isEmpty()) {
            env.timeline().event(call.call().accountSid(), call.sid(), new CallEvent.WarningRaised(
                    dev.switchboard.core.error.TwilioError.SCHEMA_VALIDATION_WARNING.code(),
                    "Dial->Conference: conference '" + noun.name() + "' is full"));
            return outcome("failed", false, Optional.empty());
        }
        Member member = joined.get();
        Instant deadline = env.clock().now().plus(dial.timeLimit());
        try {
            while (true) {
                if (member.released()) return outcome("answered", true, Optional.empty());
                Duration left = Duration.between(env.clock().now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    env.conferences().leave(member, ConferenceRooms.Leaving.LEFT);
                    return outcome("answered", true, Optional.empty());
                }
                Optional<CallInput> in = env.clock().poll(callerInputs, left);
                if (member.released()) return outcome("answered", true, Optional.empty());
                if (in.isEmpty()) continue;
                switch (in.get()) {
                    case CallInput.Control c -> {
                        env.conferences().leave(member, ConferenceRooms.Leaving.LEFT);
                        return outcome("answered", true, Optional.of(c));
                    }
                    case CallInput.Digit d when d.key() == '*' && dial.hangupOnStar() -> {
                        env.conferences().leave(member, ConferenceRooms.Leaving.LEFT);
                        return outcome("answered", true, Optional.empty());
                    }
                    case CallInput.Digit d -> { /* heard by the conference only */ }
                }
            }
        } finally {
            member.forgetWakeUps();
        }
    }

    private static DialOutcome outcome(String status, boolean bridged, Optional<CallInput.Control> input) {
        return new DialOutcome(status, Optional.empty(), OptionalLong.empty(), bridged, Map.of(), Map.of(), input);
    }
}
