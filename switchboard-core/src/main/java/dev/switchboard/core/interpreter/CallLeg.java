package dev.switchboard.core.interpreter;

import java.time.Duration;
import java.util.Objects;

/**
 * Port: the far end of this call as the interpreter drives it (a SIP dialog, a client WebSocket,
 * a simulated phone).
 *
 * <p><b>How media takes time.</b> Media methods start the prompt and return at once with how long
 * it plays; they never wait. The interpreter then waits that long on the
 * {@link dev.switchboard.core.time.CallClock}, so input (a digit barging into a Gather prompt, a
 * hang-up, a REST redirect) can cut it short, in which case it calls {@link #stopMedia()}. A
 * virtual clock makes a 30 s prompt take no wall time.
 */
public interface CallLeg {

    /** Answers the call (200 OK / "in-progress"); idempotent. */
    void answer();

    boolean isAnswered();

    /** Starts speaking {@code text}; returns how long it plays. */
    Duration say(String text, String voice, String language);

    /** Starts playing the audio at {@code url} (absolute); returns how long it plays. */
    Duration play(String url);

    /** Starts sending DTMF {@code digits} ({@code w} = half a second pause); returns how long it takes. */
    Duration playDigits(String digits);

    /** Starts the {@code <Record>} beep; returns how long it plays. */
    Duration playBeep();

    /** Cuts the prompt that is playing (barge-in, interruption). */
    void stopMedia();

    /**
     * Starts recording the caller; returns how long the caller will speak before falling silent
     * ({@link Duration#ZERO}: says nothing). Silence detection is the leg's business; the
     * interpreter times {@code timeout}, {@code maxLength} and keys on the clock.
     */
    Duration startRecording();

    /** Stops recording; {@code length} is the audio kept. Returns where it is stored. */
    Recording stopRecording(Duration length);

    /** Refuses the unanswered call: {@code reason} is {@code busy} (486) or {@code rejected} (603). */
    void reject(String reason);

    /** Ends the call from our side; idempotent. */
    void hangup();

    /** A stored recording. */
    record Recording(String sid, String url, Duration duration) {
        public Recording {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
