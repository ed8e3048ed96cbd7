package dev.switchboard.client;

/** Something that happened to a call; {@code errorCode} is 0 unless the server gave one. */
public record CallEvent(Type type, String callSid, int errorCode, String errorMessage) {
    public enum Type { RINGING, ACCEPTED, CANCELLED, REJECTED, DISCONNECTED }
}
