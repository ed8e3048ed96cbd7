package dev.switchboard.server.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipUri;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registered contacts of an address of one of our SIP domains ({@code alice@acme.sip.localhost}), read from
 * the store, so a registration made through any node (or before a restart) is rung. Each is reached at the address
 * its REGISTER came from (a phone behind NAT), with its Contact as the Request-URI. Empty for any other host.
 */
final class StoredRegistrations implements SipOutbound.Registered {
    private final Stores stores;
    private final SipConfig config;
    private final Clock clock;

    StoredRegistrations(Stores stores, SipConfig config, Clock clock) {
        this.stores = stores;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Optional<List<SipOutbound.Contact>> contacts(String host, String user) {
        if (!host.endsWith(config.domainSuffix())) return Optional.empty();
        Optional<SipDomain> domain = stores.sip().domains().findByDomainName(host);
        if (domain.isEmpty()) return Optional.empty();
        List<SipOutbound.Contact> out = new ArrayList<>();
        for (SipRegistration r : stores.sip().registrations().bindings(domain.get().sid(), user, clock.instant())) {
            try {
                out.add(new SipOutbound.Contact(SipUri.parse(r.contact()).withoutHeaders(), StoredBindings.peer(r)));
            } catch (SipParseException | IllegalArgumentException e) {
                // a contact we could not read back: skip it, ring the others
            }
        }
        return Optional.of(out);
    }
}
