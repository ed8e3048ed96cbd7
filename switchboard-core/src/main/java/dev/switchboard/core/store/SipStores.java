package dev.switchboard.core.store;

import java.util.Objects;

/**
 * The SIP directory behind {@code /Accounts/{AccountSid}/SIP/…}: credential lists and their credentials.
 * Kept as one group inside {@link Stores}.
 */
public record SipStores(
        SipCredentialListStore credentialLists,
        SipCredentialStore credentials) {

    public SipStores {
        Objects.requireNonNull(credentialLists, "credentialLists");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** Fresh, empty in-memory stores. */
    public static SipStores inMemory() {
        return new SipStores(new InMemorySipCredentialListStore(), new InMemorySipCredentialStore());
    }
}
