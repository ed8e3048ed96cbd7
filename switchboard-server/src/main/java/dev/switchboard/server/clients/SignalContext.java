package dev.switchboard.server.clients;

import java.time.Clock;
import java.time.Duration;

/**
 * What every signalling connection shares: token checks, the registry, outgoing calls, the clock, the
 * reconnect grace timer, and how long a device may stay silent before it counts as gone.
 */
record SignalContext(AccessTokenVerifier verifier, DeviceRegistry registry, ClientOriginator originator, Clock clock,
        GraceTimer grace, Duration silenceLimit) {
    /** Runs a task once the reconnect grace period has passed. */
    interface GraceTimer {
        void schedule(Runnable task);
    }
}
