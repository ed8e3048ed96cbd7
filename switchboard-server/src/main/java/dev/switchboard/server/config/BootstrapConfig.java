package dev.switchboard.server.config;

import java.util.Optional;

/**
 * The main account made or confirmed at start. Options (flag / environment / default):
 * {@code --account-sid} / {@code SWITCHBOARD_ACCOUNT_SID} / none, and {@code --auth-token} /
 * {@code SWITCHBOARD_AUTH_TOKEN} / none. Given both, that account is created, or its token
 * confirmed (reset to the given one). Given neither, the first start generates a main account and
 * prints its SID and token once; later starts reuse it.
 */
public record BootstrapConfig(Optional<String> accountSid, Optional<String> authToken) {
    public static BootstrapConfig none() { return new BootstrapConfig(Optional.empty(), Optional.empty()); }
}
