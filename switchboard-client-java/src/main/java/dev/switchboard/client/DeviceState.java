package dev.switchboard.client;

/**
 * Where a {@link Device} stands, named after the Voice JS SDK's device events
 * ({@code registered}, {@code unregistered}, {@code destroyed}) plus {@code RECONNECTING}, which the JS
 * SDK shows as {@code registering} after losing its socket.
 */
public enum DeviceState {
    /** The server answered {@code ready}: the device is rung for its identity. */
    REGISTERED,
    /**
     * Connected but not rung: after {@link Device#unregister()} (the server answered {@code offline}), after
     * reconnecting while unregistered, or when the server refused the token on a reconnect and the device
     * stopped trying.
     */
    UNREGISTERED,
    /** The socket was lost (closed, failed, or silent past the silence limit); the device is retrying. */
    RECONNECTING,
    /** {@link Device#close()} ran. Final. */
    DESTROYED
}
