package dev.switchboard.core.store;

import java.util.Objects;

/**
 * The SIP directory behind {@code /Accounts/{AccountSid}/SIP/…}: credential lists and their credentials, IP
 * access control lists and their addresses, SIP domains and the lists mapped to them; the Elastic SIP Trunks of
 * {@code /v1/Trunks} with their origination URLs and lists; and the registrar's bindings. Kept as one group inside
 * {@link Stores}.
 */
public record SipStores(
        SipCredentialListStore credentialLists,
        SipCredentialStore credentials,
        SipIpAccessControlListStore ipAccessControlLists,
        SipIpAddressStore ipAddresses,
        SipDomainStore domains,
        SipDomainMappingStore mappings,
        TrunkStore trunks,
        TrunkOriginationUrlStore originationUrls,
        TrunkListMappingStore trunkLists,
        SipRegistrationStore registrations) {

    public SipStores {
        Objects.requireNonNull(credentialLists, "credentialLists");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(ipAccessControlLists, "ipAccessControlLists");
        Objects.requireNonNull(ipAddresses, "ipAddresses");
        Objects.requireNonNull(domains, "domains");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(trunks, "trunks");
        Objects.requireNonNull(originationUrls, "originationUrls");
        Objects.requireNonNull(trunkLists, "trunkLists");
        Objects.requireNonNull(registrations, "registrations");
    }

    /**
     * Fresh, empty in-memory stores; {@code numbers} is the phone number store beside them, which holds the
     * attachment of numbers to trunks ({@link TrunkStore#trunkForPhoneNumber} reads it).
     */
    public static SipStores inMemory(PhoneNumberStore numbers) {
        return new SipStores(new InMemorySipCredentialListStore(), new InMemorySipCredentialStore(),
                new InMemorySipIpAccessControlListStore(), new InMemorySipIpAddressStore(), new InMemorySipDomainStore(),
                new InMemorySipDomainMappingStore(), new InMemoryTrunkStore(numbers), new InMemoryTrunkOriginationUrlStore(),
                new InMemoryTrunkListMappingStore(), new InMemorySipRegistrationStore());
    }
}
