package dev.switchboard.server.clients;

import dev.switchboard.core.error.TwilioError;

/**
 * An access token was refused: {@link #error} is Twilio's 201xx code, {@link #signalCode} the legacy
 * Voice SDK code the signalling {@code error} frame carries (31204 invalid, 31202 signature,
 * 31205 expired, 31207 lifetime too long), which the SDK maps back to the 201xx code.
 */
public final class TokenRejected extends RuntimeException {
    private final TwilioError error;
    private final int signalCode;

    public TokenRejected(TwilioError error, int signalCode, String detail) {
        super(error.template().formatted(detail));
        this.error = error;
        this.signalCode = signalCode;
    }

    public TwilioError error() { return error; }

    public int signalCode() { return signalCode; }
}
