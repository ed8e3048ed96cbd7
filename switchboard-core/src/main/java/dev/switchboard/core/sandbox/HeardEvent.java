package dev.switchboard.core.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened at a simulated phone, stamped with the call clock time it began. What
 * the platform played to the phone ({@link SaidText}, {@link PlayedUrl}, {@link HeardDigits},
 * {@link HeardBeep}) and what the phone did ({@link PressedDigits}, a {@link HungUp} by
 * {@link By#PHONE}). Pauses are not events: the leg never sees {@code <Pause>}, so silence shows
 * as a gap between one event's {@code at} plus its duration and the next event's {@code at}.
 */
public sealed interface HeardEvent {
    Instant at();

    /** Which side ended the call. */
    enum By { PLATFORM, PHONE }

    /** The call was answered: by the phone (rung) or by the platform (inbound caller). */
    record Answered(Instant at) implements HeardEvent {
        public Answered { Objects.requireNonNull(at, "at"); }
    }

    record SaidText(Instant at, String text, String voice, String language) implements HeardEvent {
        public SaidText {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(language, "language");
        }
    }

    record PlayedUrl(Instant at, String url) implements HeardEvent {
        public PlayedUrl {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(url, "url");
        }
    }

    /** DTMF the platform sent to the phone ({@code <Play digits>}, {@code SendDigits}). */
    record HeardDigits(Instant at, String digits) implements HeardEvent {
        public HeardDigits {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(digits, "digits");
        }
    }

    /** The {@code <Record>} beep. */
    record HeardBeep(Instant at) implements HeardEvent {
        public HeardBeep { Objects.requireNonNull(at, "at"); }
    }

    /** The platform cut the prompt that was playing (barge-in, interruption). */
    record MediaStopped(Instant at) implements HeardEvent {
        public MediaStopped { Objects.requireNonNull(at, "at"); }
    }

    record RecordingStarted(Instant at) implements HeardEvent {
        public RecordingStarted { Objects.requireNonNull(at, "at"); }
    }

    record RecordingStopped(Instant at, String recordingSid, Duration length) implements HeardEvent {
        public RecordingStopped {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(recordingSid, "recordingSid");
            Objects.requireNonNull(length, "length");
        }
    }

    /** Keys the phone pressed (scripted or through the admin API), {@code w} pauses included. */
    record PressedDigits(Instant at, String digits) implements HeardEvent {
        public PressedDigits {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(digits, "digits");
        }
    }

    /** The platform refused the unanswered call: {@code busy} or {@code rejected}. */
    record Rejected(Instant at, String reason) implements HeardEvent {
        public Rejected {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record HungUp(Instant at, By by) implements HeardEvent {
        public HungUp {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }
}
