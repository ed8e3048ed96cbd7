package dev.switchboard.core.store;

import java.util.Objects;

/**
 * The SIP directory behind {@code /Accounts/{AccountSid}/SIP/…}: credential lists and their credentials, IP
 * access control lists and their addresses, SIP domains and the lists mapped to them. Kept as one group inside {@link Stores}.
 */
public record SipStores(
        SipCredentialListStore credentialLists,
        SipCredentialStore credentials,
        SipIpAccessControlListStore ipAccessControlLists,
        SipIpAddressStore ipAddresses,
        SipDomainStore domains,
        SipDomainMappingStore mappings) {

    public SipStores {
        Objects.requireNonNull(credentialLists, "credentialLists");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(ipAccessControlLists, "ipAccessControlLists");
        Objects.requireNonNull(ipAddresses, "ipAddresses");
        Objects.requireNonNull(domains, "domains");
        Objects.requireNonNull(mappings, "mappings");
    }

    /** Fresh, empty in-memory stores. */
    public static SipStores inMemory() {
        return new SipStores(new InMemorySipCredentialListStore(), new InMemorySipCredentialStore(),
                new InMemorySipIpAccessControlListStore(), new InMemorySipIpAddressStore(), new InMemorySipDomainStore(),
                new InMemorySipDomainMappingStore());
    }
}
