package dev.switchboard.server.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.store.SipRegistrationStore;
import dev.switchboard.sip.registrar.Binding;
import dev.switchboard.sip.registrar.BindingStore;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.TransportKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The registrar's bindings in the store ({@code sip_registrations}), so they outlive a restart and any node can
 * ring them. The registrar's domain key is {@code <AccountSid>/<DomainSid>}.
 */
final class StoredBindings implements BindingStore {
    private final SipRegistrationStore store;
    private final Clock clock;

    StoredBindings(SipRegistrationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static String key(SipDomain d) { return d.accountSid() + "/" + d.sid(); }

    private static String domainSid(String key) { return key.substring(key.indexOf('/') + 1); }

    private static String accountSid(String key) { return key.substring(0, key.indexOf('/')); }

    @Override
    public List<Binding> bindings(String domainKey, String user) {
        // the registrar wants expired ones too (it filters them itself); the epoch counts every stored one as live
        return store.bindings(domainSid(domainKey), user, Instant.EPOCH).stream().map(r -> new Binding(domainKey, r.user(),
                r.contact(), r.expiresAt(), r.callId(), r.cseq(), peer(r), r.userAgent())).toList();
    }

    static Peer peer(SipRegistration r) {
        return Peer.of(TransportKind.valueOf(r.transport()), r.sourceIp(), r.sourcePort());
    }

    @Override
    public void put(Binding b) {
        store.put(new SipRegistration(accountSid(b.domainKey()), domainSid(b.domainKey()), b.user(), b.contact(),
                b.expiresAt(), b.callId(), b.cseq(), b.source().ip(), b.source().port(), b.source().transport().name(),
                b.userAgent(), clock.instant()));
    }

    @Override
    public void remove(String domainKey, String user, String contact) {
        store.remove(domainSid(domainKey), user, contact);
    }

    @Override
    public void removeAll(String domainKey, String user) {
        store.removeAll(domainSid(domainKey), user);
    }
}
