package dev.switchboard.client;

/** An {@code error} frame (or a transport failure) with its Voice SDK error code. */
public class ClientException extends RuntimeException {
    private final int code;

    public ClientException(int code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public int code() { return code; }
}
