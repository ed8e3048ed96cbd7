package dev.switchboard.core.context;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import java.util.Objects;

/**
 * One thing wrong with a set of custom parameters: the Twilio code and what exactly was wrong.
 * {@link #code()} and {@link #message()} are what a call notification (error or warning) carries.
 *
 * @param error  the Twilio code
 * @param detail which parameter and why, e.g. {@code "value of 'note' is 5000 bytes, limit 4096"}
 */
public record ParameterProblem(TwilioError error, String detail) {
    public ParameterProblem {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(detail, "detail");
    }

    public int code() {
        return error.code();
    }

    /** Twilio's title for the code with the detail in its slot. */
    public String message() {
        return String.format(error.template(), detail);
    }

    /** The same problem as an exception, for a REST handler or an executor to throw. */
    public TwilioException toException() {
        return new TwilioException(error, detail);
    }

    @Override
    public String toString() {
        return code() + ": " + message();
    }
}
