package dev.switchboard.core.error;

/**
 * An unchecked failure that carries a Twilio error code. Thrown anywhere a request or document is
 * refused; the edge (REST mapper, call event log) turns it into Twilio's error shape.
 */
public class TwilioException extends RuntimeException {
    private final TwilioError error;
    private final int httpStatus;

    public TwilioException(TwilioError error, Object... args) {
        super(args.length == 0 ? error.template().replace("%s", "").trim() : String.format(error.template(), args));
        this.error = error;
        this.httpStatus = error.httpStatus();
    }

    public TwilioError error() { return error; }

    public int code() { return error.code(); }

    public int httpStatus() { return httpStatus; }
}
