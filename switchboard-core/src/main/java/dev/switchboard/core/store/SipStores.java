package dev.switchboard.core.store;

import java.util.Objects;

/**
 * The SIP directory behind {@code /Accounts/{AccountSid}/SIP/…}: credential lists and their credentials, IP
 * access control lists and their addresses. Kept as one group inside {@link Stores}.
 */
public record SipStores(
        SipCredentialListStore credentialLists,
        SipCredentialStore credentials,
        SipIpAccessControlListStore ipAccessControlLists,
        SipIpAddressStore ipAddresses) {

    public SipStores {
        Objects.requireNonNull(credentialLists, "credentialLists");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(ipAccessControlLists, "ipAccessControlLists");
        Objects.requireNonNull(ipAddresses, "ipAddresses");
    }

    /** Fresh, empty in-memory stores. */
    public static SipStores inMemory() {
        return new SipStores(new InMemorySipCredentialListStore(), new InMemorySipCredentialStore(),
                new InMemorySipIpAccessControlListStore(), new InMemorySipIpAddressStore());
    }
}
