package dev.switchboard.core.sandbox;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The simulated PSTN: every number is a {@link SimulatedPhone} behaving as its
 * {@link PhoneBehaviour} says ({@link PhoneBehaviour#DEFAULT} unless set). Keeps each call's
 * phone by CallSid so the admin API can read what it heard and act on the live call; phones stay
 * indexed after their call ends until {@link #forget}. Thread-safe.
 *
 * <p>Ringing ({@link #ring}, blocks on the clock, so call it on a clock participant's thread):
 * {@code busy} and {@code failed} answer at once (ring time 0: the network refuses before
 * ringing); {@code no-answer}, and an {@code answerAfter} longer than the ring timeout, ring for
 * the whole timeout and end {@code no-answer}; otherwise the phone answers after
 * {@code answerAfter} (an {@code answerAfter} equal to the timeout still answers). The wait is a
 * plain {@link CallClock#sleep}: the port gives no handle to cancel a ring, so a caller hanging up
 * meanwhile is seen when the ring returns.
 */
public final class SimulatedPhoneNetwork implements PhoneNetwork {
    private final CallClock clock;
    private final String recordingBaseUrl;
    private final UnaryOperator<String> accountOfCall;
    private final Map<String, PhoneBehaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, SimulatedPhone> phones = new ConcurrentHashMap<>();

    /**
     * {@code recordingBaseUrl}: where recording URLs start (the public API base, no trailing
     * slash); {@code accountOfCall}: the AccountSid owning a CallSid, for those URLs.
     */
    public SimulatedPhoneNetwork(CallClock clock, String recordingBaseUrl, UnaryOperator<String> accountOfCall) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recordingBaseUrl = Objects.requireNonNull(recordingBaseUrl, "recordingBaseUrl");
        this.accountOfCall = Objects.requireNonNull(accountOfCall, "accountOfCall");
    }

    /** How calls to and from {@code number} (E.164) behave from now on (calls already up keep theirs). */
    public void setBehaviour(String number, PhoneBehaviour behaviour) {
        behaviours.put(Objects.requireNonNull(number, "number"), Objects.requireNonNull(behaviour, "behaviour"));
    }

    public PhoneBehaviour behaviour(String number) {
        return behaviours.getOrDefault(number, PhoneBehaviour.DEFAULT);
    }

    /** Every number goes back to {@link PhoneBehaviour#DEFAULT}. */
    public void clearBehaviours() { behaviours.clear(); }

    @Override
    public RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
                           Inbox<CallInput> inbox) {
        PhoneBehaviour b = behaviour(to);
        switch (b.answer()) {
            case BUSY -> { return new RingResult.NotAnswered(CallStatus.BUSY, Duration.ZERO); }
            case FAILED -> { return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO); }
            case NO_ANSWER -> { return noAnswer(ringTimeout, inbox); }
            case ANSWER -> {
                if (b.answerAfter().compareTo(ringTimeout) > 0) return noAnswer(ringTimeout, inbox);
                Optional<Duration> stopped = ringFor(b.answerAfter(), inbox);
                if (stopped.isPresent()) return new RingResult.NotAnswered(CallStatus.CANCELED, stopped.get());
                SimulatedPhone phone = newPhone(callSid, to, b, inbox);
                phone.answer();
                Optional<String> answeredBy = machineDetection ? Optional.of(b.answeredBy().wireValue()) : Optional.empty();
                return new RingResult.Answered(phone, answeredBy, b.answerAfter());
            }
        }
        throw new IllegalStateException("unreachable: " + b.answer());
    }

    /** The caller's scripted presses and hang-up start when the platform answers it. */
    @Override
    public SimulatedPhone caller(String callSid, String from, Inbox<CallInput> inbox) {
        return newPhone(callSid, from, behaviour(from), inbox);
    }

    /** The phone on call {@code callSid}, if it reached one (answered when rung, or an inbound caller). */
    public Optional<SimulatedPhone> phone(String callSid) { return Optional.ofNullable(phones.get(callSid)); }

    /** What the phone on {@code callSid} heard, in order; empty if the call reached no phone. */
    public List<HeardEvent> heard(String callSid) { return phone(callSid).map(SimulatedPhone::heard).orElse(List.of()); }

    /**
     * The phone on the live call {@code callSid} presses {@code digits} now. Answers false if there
     * is no such phone or its call is not up; throws 21200 for keys other than {@code 0-9 * # w}.
     */
    public boolean press(String callSid, String digits) {
        if (!PhoneBehaviour.KEYS.matcher(digits).matches()) {
            throw new TwilioException(TwilioError.PARAMETER_INVALID, "Digits must be 0-9, *, # or w: " + digits);
        }
        return phone(callSid).map(p -> p.press(digits)).orElse(false);
    }

    /** The phone on the live call {@code callSid} hangs up. Answers false if there is no such phone or its call had ended. */
    public boolean hangup(String callSid) {
        return phone(callSid).map(SimulatedPhone::hangUpFromPhone).orElse(false);
    }

    /** Drops the phone of {@code callSid} from the index (its heard events go with it). */
    public void forget(String callSid) { phones.remove(callSid); }

    private RingResult noAnswer(Duration ringTimeout, Inbox<CallInput> inbox) {
        Optional<Duration> stopped = ringFor(ringTimeout, inbox);
        return stopped.map(d -> new RingResult.NotAnswered(CallStatus.CANCELED, d))
                .orElseGet(() -> new RingResult.NotAnswered(CallStatus.NO_ANSWER, ringTimeout));
    }

    /**
     * Rings for {@code duration}; a {@link CallInput.Control} in the call's inbox (the caller gave up,
     * a REST cancel, another leg of a parallel Dial answered) stops it. Answers how long it rang
     * when stopped, empty when the time ran out.
     */
    private Optional<Duration> ringFor(Duration duration, Inbox<CallInput> inbox) {
        Instant start = clock.now();
        Instant end = start.plus(duration);
        while (true) {
            Duration left = Duration.between(clock.now(), end);
            if (left.isNegative() || left.isZero()) return Optional.empty();
            Optional<CallInput> in = clock.poll(inbox, left);
            if (in.isPresent() && in.get() instanceof CallInput.Control) return Optional.of(Duration.between(start, clock.now()));
        }
    }

    private SimulatedPhone newPhone(String callSid, String number, PhoneBehaviour b, Inbox<CallInput> inbox) {
        SimulatedPhone phone = new SimulatedPhone(callSid, number, b, clock, inbox, recordingBaseUrl, accountOfCall.apply(callSid));
        phones.put(callSid, phone);
        return phone;
    }
}
