package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallLeg;
import java.time.Duration;

/**
 * A leg that tells its call when it is answered and when it ends, so the call record and status
 * callbacks follow what the interpreter does to the far end. Everything else is passed through.
 */
final class TrackedLeg implements CallLeg {
    interface Listener {
        void answered();
    }

    private final CallLeg leg;
    private final Listener listener;

    TrackedLeg(CallLeg leg, Listener listener) {
        this.leg = leg;
        this.listener = listener;
    }

    @Override
    public void answer() {
        boolean first = !leg.isAnswered();
        leg.answer();
        if (first) listener.answered();
    }

    @Override public boolean isAnswered() { return leg.isAnswered(); }
    @Override public Duration say(String text, String voice, String language) { return leg.say(text, voice, language); }
    @Override public Duration play(String url) { return leg.play(url); }
    @Override public Duration playDigits(String digits) { return leg.playDigits(digits); }
    @Override public Duration playBeep() { return leg.playBeep(); }
    @Override public void stopMedia() { leg.stopMedia(); }
    @Override public Duration startRecording() { return leg.startRecording(); }
    @Override public Recording stopRecording(Duration length) { return leg.stopRecording(length); }
    @Override public void reject(String reason) { leg.reject(reason); }
    @Override public void hangup() { leg.hangup(); }
}
