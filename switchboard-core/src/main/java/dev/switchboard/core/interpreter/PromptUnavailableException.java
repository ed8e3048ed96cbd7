package dev.switchboard.core.interpreter;

import dev.switchboard.core.error.TwilioError;
import java.util.Objects;

/**
 * A {@link CallLeg} could not start a prompt: the {@code <Play>} URL did not answer with audio
 * ({@link TwilioError#HTTP_RETRIEVAL_FAILURE}), answered with a type that is not audio or audio it
 * cannot decode ({@link TwilioError#PLAY_INVALID_CONTENT_TYPE}). As on Twilio the call goes on with
 * the next verb; the interpreter records the code as a warning.
 */
public final class PromptUnavailableException extends RuntimeException {
    private final TwilioError error;

    public PromptUnavailableException(TwilioError error, String detail) {
        super(Objects.requireNonNull(error, "error").template().formatted(detail));
        this.error = error;
    }

    public TwilioError error() { return error; }
}
