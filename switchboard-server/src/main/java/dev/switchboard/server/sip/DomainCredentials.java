package dev.switchboard.server.sip;

import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.sip.auth.CredentialSource;
import dev.switchboard.sip.auth.DigestAlgorithm;
import java.util.List;
import java.util.Optional;

/**
 * The digest secrets behind a set of credential lists (those mapped to a domain for calls or registrations, or a
 * trunk's): the HA1 of a username found in any of them, made for the realm asked about. Passwords are never read: the store
 * keeps only HA1s (docs/sip.md, "Credential storage").
 */
final class DomainCredentials implements CredentialSource {
    private final SipStores sip;
    private final List<String> listSids;

    /** Over the credential lists {@code credentialListSids} (a domain's mapped ones, a trunk's). */
    DomainCredentials(SipStores sip, List<String> credentialListSids) {
        this.sip = sip;
        this.listSids = List.copyOf(credentialListSids);
    }

    /** The lists mapped to {@code domain} for {@code kind}. */
    static List<SipDomainMapping> mapped(SipStores sip, SipDomain domain, SipMappingKind kind) {
        return sip.mappings().list(domain.accountSid(), domain.sid(), kind, PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    @Override
    public Optional<String> ha1(String username, String realm, DigestAlgorithm algorithm) {
        for (String listSid : listSids) {
            Optional<SipCredential> c = sip.credentials().findByUsername(listSid, username)
                    .filter(x -> x.hashes().realm().equals(realm));
            if (c.isPresent()) {
                return Optional.of(algorithm == DigestAlgorithm.MD5 ? c.get().hashes().ha1Md5() : c.get().hashes().ha1Sha256());
            }
        }
        return Optional.empty();
    }
}
