package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.DirectoryFixtures.at;

import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;

/** SIP directory records for store tests, each with a fresh random SID and microsecond times. */
public final class SipFixtures {
    private SipFixtures() {}

    public static SipCredentialList credentialList(String accountSid, String friendlyName) {
        return new SipCredentialList(Sids.next(SidPrefix.SIP_CREDENTIAL_LIST), accountSid, friendlyName, T0, at(1));
    }

    public static SipCredential credential(SipCredentialList list, String username) {
        return new SipCredential(Sids.next(SidPrefix.SIP_CREDENTIAL), list.accountSid(), list.sid(), username,
                DigestHashes.of(username, "sip.localhost", "Passw0rdPassw0rd"), T0, at(2));
    }

    public static SipIpAccessControlList ipAccessControlList(String accountSid, String friendlyName) {
        return new SipIpAccessControlList(Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST), accountSid, friendlyName,
                T0, at(1));
    }

    public static SipIpAddress ipAddress(SipIpAccessControlList list, String ip, int prefix) {
        return new SipIpAddress(Sids.next(SidPrefix.SIP_IP_ADDRESS), list.accountSid(), list.sid(), "office " + ip,
                ip, prefix, T0, at(2));
    }

    /** A domain with only the defaults set (null URLs and SIDs, POST methods, false flags). */
    public static SipDomain domain(String accountSid, String domainName) {
        return new SipDomain(Sids.next(SidPrefix.SIP_DOMAIN), accountSid, domainName, null, null, "POST", null, "POST",
                null, "POST", false, false, false, null, null, T0, at(1));
    }

    /** A domain with every field set. */
    public static SipDomain fullDomain(String accountSid, String domainName) {
        return new SipDomain(Sids.next(SidPrefix.SIP_DOMAIN), accountSid, domainName, "Scranton Office",
                "https://example.com/voice", "GET", "https://example.com/fallback", "GET",
                "https://example.com/status", "GET", true, true, true, Sids.next(SidPrefix.BYOC_TRUNK),
                Sids.next(SidPrefix.PHONE_NUMBER), T0, at(3));
    }
}
