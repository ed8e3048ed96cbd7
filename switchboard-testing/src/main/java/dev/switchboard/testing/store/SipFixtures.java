package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.DirectoryFixtures.at;

import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.sip.TrunkRecordingMode;
import dev.switchboard.core.sip.TrunkRecordingTrim;
import dev.switchboard.core.sip.TrunkTransferCallerId;
import dev.switchboard.core.sip.TrunkTransferMode;
import java.time.Instant;
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

    /** A trunk with only the defaults set (no name, no domain, POST, disable-all, from-transferee, no recording). */
    public static Trunk trunk(String accountSid) {
        return new Trunk(Sids.next(SidPrefix.TRUNK), accountSid, null, null, null, "POST", TrunkTransferMode.DISABLE_ALL,
                TrunkTransferCallerId.FROM_TRANSFEREE, false, false, TrunkRecordingMode.DO_NOT_RECORD,
                TrunkRecordingTrim.DO_NOT_TRIM, T0, at(1));
    }

    /** A trunk with every field set, none to its default. */
    public static Trunk fullTrunk(String accountSid, String domainName) {
        return new Trunk(Sids.next(SidPrefix.TRUNK), accountSid, "Office PBX", domainName, "https://example.com/dr", "GET",
                TrunkTransferMode.SIP_ONLY, TrunkTransferCallerId.FROM_TRANSFEROR, true, true,
                TrunkRecordingMode.RECORD_FROM_ANSWER_DUAL, TrunkRecordingTrim.TRIM_SILENCE, T0, at(3));
    }

    public static TrunkOriginationUrl originationUrl(Trunk trunk, String sipUrl, int weight, int priority, boolean enabled) {
        return new TrunkOriginationUrl(Sids.next(SidPrefix.ORIGINATION_URL), trunk.accountSid(), trunk.sid(),
                "pbx " + sipUrl, sipUrl, weight, priority, enabled, T0, at(2));
    }

    /** A binding of {@code user} at {@code contact}, expiring at {@code expiresAt}. */
    public static SipRegistration registration(String accountSid, String domainSid, String user, String contact,
            Instant expiresAt) {
        return new SipRegistration(accountSid, domainSid, user, contact, expiresAt, "a84b4c76e66710@pc33.example.com",
                314159, "192.0.2.4", 5060, "udp", "Linphone/5.2", T0);
    }
}
