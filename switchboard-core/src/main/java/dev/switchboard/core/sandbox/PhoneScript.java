package dev.switchboard.core.sandbox;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of a phone's scripted actions on its own clock participant thread: presses at
 * {@code origin + afterAnswer} (each {@code w} waits 0.5 s), then the hang-up at
 * {@code origin + hangupAfter}. Sequential, so the order is deterministic: presses due at the
 * hang-up instant go first; a hang-up falling inside a press's {@code w} pauses cuts it short.
 * Every wait polls {@code stop}, so ending the call ends the run at once.
 */
final class PhoneScript implements Runnable {
    static final Duration KEY_PAUSE = Duration.ofMillis(500);

    private final SimulatedPhone phone;
    private final CallClock clock;
    private final Instant origin;
    private final List<PhoneBehaviour.Press> presses;
    private final Optional<Instant> hangupAt;
    private final Inbox<Boolean> stop;

    PhoneScript(SimulatedPhone phone, CallClock clock, Instant origin, List<PhoneBehaviour.Press> presses,
                Optional<Duration> hangupAfter, Inbox<Boolean> stop) {
        this.phone = phone;
        this.clock = clock;
        this.origin = origin;
        this.presses = presses;
        this.hangupAt = hangupAfter.map(origin::plus);
        this.stop = stop;
    }

    @Override
    public void run() {
        try {
            for (PhoneBehaviour.Press p : presses) {
                if (!waitUntil(origin.plus(p.afterAnswer())) || !press(p.digits())) return;
            }
            if (hangupAt.isPresent() && waitUntil(hangupAt.get())) phone.hangUpFromPhone();
        } finally {
            phone.scriptEnded(stop);
        }
    }

    private boolean press(String digits) {
        if (!phone.pressing(digits)) return false;
        for (char key : digits.toCharArray()) {
            boolean goOn = key == 'w' ? waitUntil(clock.now().plus(KEY_PAUSE)) : phone.sendKey(key);
            if (!goOn) return false;
        }
        return true;
    }

    /** Waits until {@code t}; false when the run must end: stopped, or the hang-up was due first (and is done). */
    private boolean waitUntil(Instant t) {
        boolean hangupFirst = hangupAt.isPresent() && hangupAt.get().isBefore(t);
        Instant until = hangupFirst ? hangupAt.get() : t;
        Duration d = Duration.between(clock.now(), until);
        if (d.isPositive() && clock.poll(stop, d).isPresent()) return false;
        if (phone.isEnded()) return false;
        if (hangupFirst) {
            phone.hangUpFromPhone();
            return false;
        }
        return true;
    }
}
