package dev.switchboard.server.calls;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rings a {@code <Dial>}'s targets (spec §2.1): all at once, where the first to answer wins and the
 * others are stopped (their legs end {@code canceled}), or with {@code sequential="true"} one after
 * another until one answers. A caller hang-up stops every ringing leg. Unanswered legs are ended
 * here; the winner is handed back answered but not yet reported.
 */
final class DialRinger {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DialRinger.class);

    private DialRinger() {}

    record Winner(DialChildLeg leg, RingResult.Answered answered) {}

    /**
     * The winner if any, every unanswered leg's status, the caller's control input if the caller left, and the
     * {@code <Dial action>} extras of the leg reported ({@code DialSip…} of the winner, else of the first leg).
     */
    record Rung(Optional<Winner> winner, List<CallStatus> unanswered, Optional<CallInput.Control> callerGaveUp,
            java.util.Map<String, String> extras) {
        Rung(Optional<Winner> winner, List<CallStatus> unanswered, Optional<CallInput.Control> callerGaveUp) {
            this(winner, unanswered, callerGaveUp, winner.map(w -> w.answered().dialExtras()).orElse(java.util.Map.of()));
        }
    }

    private record Attempt(DialChildLeg leg, RingResult result) {}

    static Rung parallel(CallClock clock, List<DialTarget> targets, Function<DialTarget, DialChildLeg> start,
            Duration timeout, Inbox<CallInput> callerInputs) {
        List<DialChildLeg> legs = targets.stream().map(start).toList();
        Inbox<Attempt> results = new Inbox<>();
        Optional<Winner> winner = Optional.empty();
        List<CallStatus> unanswered = new ArrayList<>();
        java.util.Map<String, String> firstExtras = java.util.Map.of();
        try (RingingCallerWatch watch = RingingCallerWatch.start(clock, callerInputs, legs.stream().map(l -> l.inbox).toList())) {
            for (DialChildLeg leg : legs) clock.startParticipant(() -> results.offer(new Attempt(leg, ringSafely(leg, timeout))));
            for (int pending = legs.size(); pending > 0; pending--) {
                Attempt a = next(clock, results);
                if (a.leg() == legs.getFirst()) firstExtras = a.result().dialExtras();
                if (a.result() instanceof RingResult.Answered answered && winner.isEmpty()) {
                    winner = Optional.of(new Winner(a.leg(), answered));
                    for (DialChildLeg other : legs) if (other != a.leg()) other.inbox.offer(new CallInput.Complete());
                } else if (a.result() instanceof RingResult.Answered late) {
                    late.leg().hangup(); // answered as another leg won: it never reaches the caller
                    a.leg().end(CallStatus.CANCELED);
                    unanswered.add(CallStatus.CANCELED);
                } else {
                    CallStatus status = ((RingResult.NotAnswered) a.result()).status();
                    a.leg().end(status);
                    unanswered.add(status);
                }
            }
            watch.close();
            return new Rung(winner, unanswered, watch.callerInput(),
                    winner.map(w -> w.answered().dialExtras()).orElse(firstExtras));
        }
    }

    static Rung sequential(CallClock clock, List<DialTarget> targets, Function<DialTarget, DialChildLeg> start,
            Duration timeout, Inbox<CallInput> callerInputs) {
        List<CallStatus> unanswered = new ArrayList<>();
        java.util.Map<String, String> firstExtras = null;
        for (DialTarget target : targets) {
            DialChildLeg leg = start.apply(target);
            RingResult result;
            Optional<CallInput.Control> callerGaveUp;
            try (RingingCallerWatch watch = RingingCallerWatch.start(clock, callerInputs, leg.inbox)) {
                result = leg.ring(timeout);
                watch.close();
                callerGaveUp = watch.callerInput();
            }
            if (result instanceof RingResult.Answered answered) {
                return new Rung(Optional.of(new Winner(leg, answered)), unanswered, callerGaveUp);
            }
            CallStatus status = ((RingResult.NotAnswered) result).status();
            if (firstExtras == null) firstExtras = result.dialExtras();
            leg.end(status);
            unanswered.add(status);
            if (callerGaveUp.isPresent()) return new Rung(Optional.empty(), unanswered, callerGaveUp, firstExtras);
        }
        return new Rung(Optional.empty(), unanswered, Optional.empty(), firstExtras == null ? java.util.Map.of() : firstExtras);
    }

    /** A leg whose ring throws counts as failed, so the Dial still hears from every leg. */
    private static RingResult ringSafely(DialChildLeg leg, Duration timeout) {
        try {
            return leg.ring(timeout);
        } catch (RuntimeException e) {
            LOG.error("ringing {} for call {} failed", leg.target.to(), leg.sid(), e);
            return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
        }
    }

    /** {@code DialCallStatus} when nobody answered: no-answer, else busy, else canceled, else failed. */
    static String unansweredStatus(List<CallStatus> statuses) {
        for (CallStatus s : List.of(CallStatus.NO_ANSWER, CallStatus.BUSY, CallStatus.CANCELED)) {
            if (statuses.contains(s)) return s.wire();
        }
        return CallStatus.FAILED.wire();
    }

    private static Attempt next(CallClock clock, Inbox<Attempt> results) {
        while (true) {
            Optional<Attempt> a = clock.poll(results, Duration.ofDays(1));
            if (a.isPresent()) return a.get();
        }
    }
}
