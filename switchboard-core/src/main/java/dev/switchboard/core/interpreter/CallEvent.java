package dev.switchboard.core.interpreter;

import java.time.Duration;

/** One entry of a call's timeline, past tense, as the interpreter reports it to {@link CallEvents}. */
public sealed interface CallEvent {

    record DocumentFetched(String url, String method) implements CallEvent {
    }

    record VerbStarted(String verb) implements CallEvent {
    }

    record CallAnswered() implements CallEvent {
    }

    record DigitsGathered(String digits, String finishedOnKey) implements CallEvent {
    }

    record RecordingCompleted(String url, Duration duration) implements CallEvent {
    }

    record DialEnded(String dialCallStatus) implements CallEvent {
    }

    record WarningRaised(int code, String message) implements CallEvent {
    }

    /** {@code by}: {@code twiml} ({@code <Hangup>}/end of document), {@code caller}, {@code api}. */
    record CallHungUp(String by) implements CallEvent {
    }

    record CallRejected(String reason) implements CallEvent {
    }

    record CallFailed(int code, String message) implements CallEvent {
    }
}
