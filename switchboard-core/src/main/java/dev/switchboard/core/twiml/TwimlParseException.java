package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;

/**
 * The whole TwiML document was refused: 11750 (larger than 64 KB), 12100 (not well-formed XML,
 * whitespace before the XML declaration, empty, a DOCTYPE) or 12102 (root is not
 * {@code <Response>}). The call should fail over to its fallback URL as on Twilio.
 */
public final class TwimlParseException extends TwilioException {
    private final int line;
    private final int column;
    private final String detail;

    public TwimlParseException(TwilioError error, int line, int column, String detail) {
        super(error);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** 1-based line of the problem (1 for whole-document problems such as size). */
    public int line() { return line; }

    /** 1-based column of the problem (1 for whole-document problems such as size). */
    public int column() { return column; }

    /** What exactly was wrong, without the code's title. */
    public String detail() { return detail; }

    @Override
    public String getMessage() {
        return error().template() + " at line " + line + ", column " + column + ": " + detail;
    }
}
