package dev.switchboard.core.sandbox;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.sandbox.HeardEvent.By;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One leg of one call whose far end is a simulated phone. It records what it hears as
 * {@link HeardEvent}s in order, and acts on its own per its {@link PhoneBehaviour}: from the
 * moment it is answered, scripted presses and the hang-up run on a helper thread that is a clock
 * participant ({@link CallClock#startParticipant}) and offer {@link CallInput.Digit}s and
 * {@link CallInput.RemoteHangup} to the call's inbox. Ending the call ({@link #hangup},
 * {@link #reject}, or the phone hanging up) stops every pending action. Thread-safe; never blocks.
 *
 * <p>Media takes deterministic, documented time (no audio is fetched or synthesised):
 * {@code <Say>} 0.4 s per whitespace-separated word (150 words a minute), at least 1 s;
 * {@code <Play>} 2 s per URL; DTMF 0.1 s per key plus 0.5 s per {@code w}; the beep 0.5 s.
 * A recording hears the phone speak {@link PhoneBehaviour#speechDuration()} and is stored at
 * {@code <recordingBaseUrl>/2010-04-01/Accounts/<AccountSid>/Recordings/<RecordingSid>}.
 */
public final class SimulatedPhone implements CallLeg {

    private final String callSid;
    private final String number;
    private final PhoneBehaviour behaviour;
    private final CallClock clock;
    private final Inbox<CallInput> inbox;
    private final String recordingBaseUrl;
    private final String accountSid;

    private final List<HeardEvent> heard = new ArrayList<>();
    private final List<Inbox<Boolean>> runningScripts = new ArrayList<>();
    private boolean answered;
    private boolean ended;

    /** A phone at {@code number} on call {@code callSid}; its own actions go to {@code inbox}. */
    public SimulatedPhone(String callSid, String number, PhoneBehaviour behaviour, CallClock clock,
                          Inbox<CallInput> inbox, String recordingBaseUrl, String accountSid) {
        this.callSid = Objects.requireNonNull(callSid, "callSid");
        this.number = Objects.requireNonNull(number, "number");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.recordingBaseUrl = Objects.requireNonNull(recordingBaseUrl, "recordingBaseUrl");
        this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
    }

    public String callSid() { return callSid; }

    public String number() { return number; }

    public PhoneBehaviour behaviour() { return behaviour; }

    /** What the phone heard and did so far, in order (an immutable snapshot). */
    public synchronized List<HeardEvent> heard() { return List.copyOf(heard); }

    /** Whether the call has ended for this phone (hung up by either side, or rejected). */
    public synchronized boolean isEnded() { return ended; }

    /**
     * Answers the call and starts the scripted presses and hang-up, counted from now. Call it on a
     * clock participant's thread (the call's), so the script joins the clock before that thread
     * can go idle. Idempotent; does nothing once the call has ended.
     */
    @Override
    public synchronized void answer() {
        if (answered || ended) return;
        answered = true;
        heard.add(new HeardEvent.Answered(clock.now()));
        if (!behaviour.presses().isEmpty() || behaviour.hangupAfter().isPresent()) {
            startScript(behaviour.presses(), behaviour.hangupAfter());
        }
    }

    @Override
    public synchronized boolean isAnswered() { return answered; }

    @Override
    public Duration say(String text, String voice, String language) {
        record(new HeardEvent.SaidText(clock.now(), text, voice, language));
        return MediaTimes.say(text);
    }

    @Override
    public Duration play(String url) {
        record(new HeardEvent.PlayedUrl(clock.now(), url));
        return MediaTimes.PLAY;
    }

    @Override
    public Duration playDigits(String digits) {
        record(new HeardEvent.HeardDigits(clock.now(), digits));
        return MediaTimes.digits(digits);
    }

    @Override
    public Duration playBeep() {
        record(new HeardEvent.HeardBeep(clock.now()));
        return MediaTimes.BEEP;
    }

    @Override
    public void stopMedia() { record(new HeardEvent.MediaStopped(clock.now())); }

    @Override
    public Duration startRecording() {
        record(new HeardEvent.RecordingStarted(clock.now()));
        return behaviour.speechDuration();
    }

    @Override
    public Recording stopRecording(Duration length) {
        String sid = Sids.next(SidPrefix.RECORDING);
        record(new HeardEvent.RecordingStopped(clock.now(), sid, length));
        return new Recording(sid, recordingBaseUrl + "/2010-04-01/Accounts/" + accountSid + "/Recordings/" + sid, length);
    }

    @Override
    public synchronized void reject(String reason) {
        if (ended) return;
        heard.add(new HeardEvent.Rejected(clock.now(), reason));
        end();
    }

    /** The platform hangs up; idempotent. */
    @Override
    public synchronized void hangup() {
        if (ended) return;
        heard.add(new HeardEvent.HungUp(clock.now(), By.PLATFORM));
        end();
    }

    /**
     * The phone hangs up (scripted, or through the admin API): records it, stops pending actions
     * and offers {@link CallInput.RemoteHangup} to the call. Answers false if the call had already ended.
     */
    public synchronized boolean hangUpFromPhone() {
        if (ended) return false;
        heard.add(new HeardEvent.HungUp(clock.now(), By.PHONE));
        end();
        inbox.offer(new CallInput.RemoteHangup());
        return true;
    }

    /**
     * The phone presses {@code digits} now ({@code 0-9 * #}, {@code w} = 0.5 s pause), on a
     * helper participant like the scripted presses. Answers false (and presses nothing) unless the
     * call is answered and still up: keys pressed while ringing never reach the platform.
     */
    public synchronized boolean press(String digits) {
        if (!PhoneBehaviour.KEYS.matcher(digits).matches()) throw new IllegalArgumentException("digits must be 0-9 * # w: " + digits);
        if (!answered || ended) return false;
        startScript(List.of(new PhoneBehaviour.Press(Duration.ZERO, digits)), Optional.empty());
        return true;
    }

    // --- for PhoneScript ---

    /** Records the start of a press; false if the call has ended. */
    synchronized boolean pressing(String digits) {
        if (ended) return false;
        heard.add(new HeardEvent.PressedDigits(clock.now(), digits));
        return true;
    }

    /** Sends one key to the call; false if the call has ended (under the lock: no key after the end). */
    synchronized boolean sendKey(char key) {
        if (ended) return false;
        inbox.offer(new CallInput.Digit(key));
        return true;
    }

    synchronized void scriptEnded(Inbox<Boolean> stop) { runningScripts.remove(stop); }

    private void startScript(List<PhoneBehaviour.Press> presses, Optional<Duration> hangupAfter) {
        Inbox<Boolean> stop = new Inbox<>(); // one per run: an Inbox wakes a single waiter
        runningScripts.add(stop);
        clock.startParticipant(new PhoneScript(this, clock, clock.now(), presses, hangupAfter, stop));
    }

    private synchronized void record(HeardEvent e) {
        if (!ended) heard.add(e); // a phone that is gone hears nothing
    }

    private void end() {
        ended = true;
        for (Inbox<Boolean> stop : runningScripts) stop.offer(true);
    }
}
