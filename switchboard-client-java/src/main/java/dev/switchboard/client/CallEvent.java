package dev.switchboard.client;

/**
 * Something that happened to a call, named after the Voice JS SDK's call events; {@code errorCode}
 * is 0 unless there was an error ({@code ERROR}, {@code RECONNECTING}'s 53001, a {@code DISCONNECTED}
 * that an error caused).
 */
public record CallEvent(Type type, String callSid, int errorCode, String errorMessage) {
    public enum Type {
        /** An outgoing call reached the platform; {@link Call#sid()} is now the {@code CA…} sid. */
        RINGING,
        /** The call is answered (JS {@code accept}). */
        ACCEPTED,
        /** The signalling socket dropped; the device is reconnecting and will reclaim the call (53001). */
        RECONNECTING,
        /** The device reclaimed the call on a new socket. */
        RECONNECTED,
        /** An error about this call; a {@code DISCONNECTED} carrying the same code follows when it ends the call. */
        ERROR,
        /** Another device answered first, or the caller gave up while ringing. Final. */
        CANCELLED,
        /** This device rejected the call. Final. */
        REJECTED,
        /** The call is over. Final. */
        DISCONNECTED;

        /** Whether no event follows this one. */
        public boolean isFinal() { return this == CANCELLED || this == REJECTED || this == DISCONNECTED; }
    }
}
