package dev.switchboard.client;

/**
 * Test access to a {@link Device}'s package-private fault hooks (this class sits in the SDK's
 * package on the test classpath): an abrupt loss of the socket, and a network that stays down.
 */
public final class NetworkFaults {
    private NetworkFaults() {}

    /** Aborts the device's socket without a close frame, as a lost network does. */
    public static void dropSocket(Device device) { device.dropTransport(); }

    /** Reconnect attempts wait until {@link #restore}. */
    public static void keepDown(Device device) { device.holdReconnects(true); }

    public static void restore(Device device) { device.holdReconnects(false); }

    /** Whether the call holds a reconnect token from the server's {@code answer}. */
    public static boolean canReconnect(Call call) { return !call.reconnectToken().isEmpty(); }
}
