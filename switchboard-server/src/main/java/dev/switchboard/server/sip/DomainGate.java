package dev.switchboard.server.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.sip.auth.DigestServer;
import dev.switchboard.sip.auth.Verdict;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import java.util.List;
import java.util.Optional;

/**
 * Whether an INVITE may use a domain, as Twilio decides it (spec §1.4): with IP access control lists mapped for
 * calls the source address must be in one of them; with credential lists mapped the caller must pass digest
 * (challenged with 407 and {@code realm="sip.<host>"}); with both, both; with neither, every call is refused.
 * Refusals are 403 with Twilio's {@code X-Twilio-Error} header naming the 32xxx code.
 */
final class DomainGate {
    /** The outcome of {@link #check}. */
    sealed interface Decision {
        /** Let in; {@code username} is the digest user when credential lists were used ({@code SipUsername}). */
        record Admitted(Optional<String> username) implements Decision {}

        /** Answer {@code response} (a 407 challenge or a 403) and stop. */
        record Refused(SipResponse response, String why) implements Decision {}
    }

    static final TwilioError IP_NOT_IN_ACL = TwilioError.SIP_IP_NOT_IN_ACL;
    static final TwilioError BAD_CREDENTIALS = TwilioError.SIP_BAD_CREDENTIALS;

    private final SipStores sip;
    private final DigestServer digest;

    DomainGate(SipStores sip, DigestServer digest) {
        this.sip = sip;
        this.digest = digest;
    }

    Decision check(SipDomain domain, SipRequest invite, String sourceIp, String toTag) {
        List<String> acls = DomainCredentials.mapped(sip, domain, SipMappingKind.CALLS_IP_ACCESS_CONTROL_LIST).stream()
                .map(SipDomainMapping::listSid).toList();
        List<String> credentialLists = DomainCredentials.mapped(sip, domain, SipMappingKind.CALLS_CREDENTIAL_LIST).stream()
                .map(SipDomainMapping::listSid).toList();
        return check(domain.accountSid(), acls, credentialLists, invite, sourceIp, toTag);
    }

    /** The same rules over lists named directly: an Elastic SIP Trunk's IP ACLs and credential lists (termination). */
    Decision check(String accountSid, List<String> acls, List<String> credentialLists, SipRequest invite, String sourceIp,
            String toTag) {
        if (acls.isEmpty() && credentialLists.isEmpty()) {
            return forbidden(invite, toTag, IP_NOT_IN_ACL, "no IP access control list or credential list for calls");
        }
        if (!acls.isEmpty() && !inAnyList(accountSid, acls, sourceIp)) {
            return forbidden(invite, toTag, IP_NOT_IN_ACL, "source " + sourceIp + " is in none of the IP access control lists");
        }
        if (credentialLists.isEmpty()) return new Decision.Admitted(Optional.empty());
        Verdict verdict = digest.verify(invite, true, new DomainCredentials(sip, credentialLists));
        return switch (verdict) {
            case Verdict.Authenticated a -> new Decision.Admitted(Optional.of(a.username()));
            case Verdict.Missing m -> new Decision.Refused(digest.challenge(invite, true, false, toTag), "challenged");
            case Verdict.Stale s -> new Decision.Refused(digest.challenge(invite, true, true, toTag), "stale nonce");
            case Verdict.Rejected r -> r.reason().startsWith("nonce")
                    // a nonce from before a restart of another secret, or from another realm: ask again
                    ? new Decision.Refused(digest.challenge(invite, true, false, toTag), r.reason())
                    : forbidden(invite, toTag, BAD_CREDENTIALS, r.reason());
        };
    }

    private boolean inAnyList(String accountSid, List<String> acls, String ip) {
        for (String aclSid : acls) {
            for (SipIpAddress a : sip.ipAddresses().list(accountSid, aclSid,
                    PageRequest.first(PageRequest.MAX_SIZE)).items()) {
                if (a.block().contains(ip)) return true;
            }
        }
        return false;
    }

    private static Decision forbidden(SipRequest invite, String toTag, TwilioError error, String why) {
        return new Decision.Refused(TwilioSipErrors.response(invite, toTag, error), why);
    }
}
