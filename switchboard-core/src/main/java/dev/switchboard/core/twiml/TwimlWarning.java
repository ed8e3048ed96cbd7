package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.util.Objects;

/**
 * A non-fatal TwiML problem, as Twilio's debugger would log it: the code (12200 or the
 * verb-specific 13xxx/14xxx warning), where it is, and what the parser did about it.
 *
 * @param error  the Twilio code
 * @param line   1-based line of the offending element's start tag
 * @param column 1-based column of that start tag's {@code <}
 * @param detail what was wrong and how it was resolved ("using default 30", "skipped")
 */
public record TwimlWarning(TwilioError error, int line, int column, String detail) {
    public TwimlWarning {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(detail, "detail");
    }

    /** Twilio's numeric code, e.g. 13212. */
    public int code() { return error.code(); }

    /** Twilio's title for the code followed by the detail. */
    public String message() { return error.template() + ": " + detail; }

    @Override
    public String toString() {
        return "TwiML warning " + code() + " at line " + line + ", column " + column + ": " + message();
    }
}
