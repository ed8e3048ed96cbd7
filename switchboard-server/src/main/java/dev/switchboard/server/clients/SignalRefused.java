package dev.switchboard.server.clients;

import dev.switchboard.core.error.TwilioError;

/** A client frame the server will not take: answered with an {@code error} frame carrying {@link #error}'s code. */
public final class SignalRefused extends RuntimeException {
    private final TwilioError error;

    public SignalRefused(TwilioError error, String detail) {
        super(error.template().formatted(detail));
        this.error = error;
    }

    public TwilioError error() { return error; }
}
