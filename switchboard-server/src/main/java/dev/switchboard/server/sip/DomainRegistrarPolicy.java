package dev.switchboard.server.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.registrar.RegistrarPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Which SIP domains take REGISTER (spec §1.7): a domain with {@code SipRegistration=true} and at least one
 * credential list under {@code Auth/Registrations/CredentialListMappings}, challenged in the platform realm
 * {@code sip.<host>} against those lists only. Unknown host 404; registration off, or on without a list, 403.
 * Bindings are kept under {@code <AccountSid>/<DomainSid>} ({@link StoredBindings}).
 */
final class DomainRegistrarPolicy implements RegistrarPolicy {
    private final SipStores sip;
    private final SipConfig config;

    DomainRegistrarPolicy(SipStores sip, SipConfig config) {
        this.sip = sip;
        this.config = config;
    }

    @Override
    public Domain lookup(String host) {
        Optional<SipDomain> found = sip.domains().findByDomainName(host);
        if (found.isEmpty()) return new UnknownDomain();
        SipDomain d = found.get();
        if (!d.sipRegistration()) return new RegistrationDisabled();
        List<String> lists = DomainCredentials.mapped(sip, d, SipMappingKind.REGISTRATIONS_CREDENTIAL_LIST).stream()
                .map(SipDomainMapping::listSid).toList();
        if (lists.isEmpty()) return new RegistrationDisabled();
        return new Realm(config.realm(), new DomainCredentials(sip, lists), StoredBindings.key(d));
    }
}
