package dev.switchboard.server.clients;

import java.time.Clock;

/** What every signalling connection shares: token checks, the registry, outgoing calls, the reconnect grace timer. */
record SignalContext(AccessTokenVerifier verifier, DeviceRegistry registry, ClientOriginator originator, Clock clock,
        GraceTimer grace) {
    /** Runs a task once the reconnect grace period has passed. */
    interface GraceTimer {
        void schedule(Runnable task);
    }
}
