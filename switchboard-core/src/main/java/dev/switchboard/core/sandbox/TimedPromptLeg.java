package dev.switchboard.core.sandbox;

import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import java.time.Duration;

/**
 * A far end that carries no audio yet (a Voice SDK device, a SIP leg before the media plane): prompts take their
 * {@link MediaTimes}, nothing can be cut short, and the caller says nothing to a recording (an empty one is kept).
 */
public interface TimedPromptLeg extends CallLeg {
    @Override default Duration say(String text, String voice, String language) { return MediaTimes.say(text); }

    @Override default Duration play(String url) { return MediaTimes.PLAY; }

    @Override default Duration playDigits(String digits) { return MediaTimes.digits(digits); }

    @Override default Duration playBeep() { return MediaTimes.BEEP; }

    @Override default void stopMedia() {}

    @Override default Duration startRecording() { return Duration.ZERO; }

    @Override default Recording stopRecording(Duration length) {
        return new Recording(Sids.next(SidPrefix.RECORDING), "", length);
    }
}
