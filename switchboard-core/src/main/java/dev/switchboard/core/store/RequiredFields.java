package dev.switchboard.core.store;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.call.Call;
import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import java.util.Objects;

/**
 * The fields every store requires on a write; every other reference field may be {@code null} and
 * round-trips as {@code null}. Each store calls these before writing, so the in-memory twins and
 * the JDBC stores reject the same records with the same {@link NullPointerException}.
 */
public final class RequiredFields {
    private RequiredFields() {}

    public static Account check(Account a) {
        Objects.requireNonNull(a, "account");
        Objects.requireNonNull(a.sid(), "account.sid");
        Objects.requireNonNull(a.ownerAccountSid(), "account.ownerAccountSid");
        Objects.requireNonNull(a.status(), "account.status");
        Objects.requireNonNull(a.authToken(), "account.authToken");
        Objects.requireNonNull(a.dateCreated(), "account.dateCreated");
        Objects.requireNonNull(a.dateUpdated(), "account.dateUpdated");
        return a;
    }

    public static ApiKey check(ApiKey k) {
        Objects.requireNonNull(k, "apiKey");
        Objects.requireNonNull(k.sid(), "apiKey.sid");
        Objects.requireNonNull(k.accountSid(), "apiKey.accountSid");
        Objects.requireNonNull(k.secret(), "apiKey.secret");
        Objects.requireNonNull(k.dateCreated(), "apiKey.dateCreated");
        Objects.requireNonNull(k.dateUpdated(), "apiKey.dateUpdated");
        return k;
    }

    public static Application check(Application a) {
        Objects.requireNonNull(a, "application");
        Objects.requireNonNull(a.sid(), "application.sid");
        Objects.requireNonNull(a.accountSid(), "application.accountSid");
        Objects.requireNonNull(a.dateCreated(), "application.dateCreated");
        Objects.requireNonNull(a.dateUpdated(), "application.dateUpdated");
        return a;
    }

    public static IncomingPhoneNumber check(IncomingPhoneNumber n) {
        Objects.requireNonNull(n, "incomingPhoneNumber");
        Objects.requireNonNull(n.sid(), "incomingPhoneNumber.sid");
        Objects.requireNonNull(n.accountSid(), "incomingPhoneNumber.accountSid");
        Objects.requireNonNull(n.phoneNumber(), "incomingPhoneNumber.phoneNumber");
        Objects.requireNonNull(n.dateCreated(), "incomingPhoneNumber.dateCreated");
        Objects.requireNonNull(n.dateUpdated(), "incomingPhoneNumber.dateUpdated");
        return n;
    }

    public static TwimlBin check(TwimlBin b) {
        Objects.requireNonNull(b, "twimlBin");
        Objects.requireNonNull(b.sid(), "twimlBin.sid");
        Objects.requireNonNull(b.accountSid(), "twimlBin.accountSid");
        Objects.requireNonNull(b.template(), "twimlBin.template");
        Objects.requireNonNull(b.dateCreated(), "twimlBin.dateCreated");
        Objects.requireNonNull(b.dateUpdated(), "twimlBin.dateUpdated");
        return b;
    }

    public static Call check(Call c) {
        Objects.requireNonNull(c, "call");
        Objects.requireNonNull(c.sid(), "call.sid");
        Objects.requireNonNull(c.accountSid(), "call.accountSid");
        Objects.requireNonNull(c.to(), "call.to");
        Objects.requireNonNull(c.from(), "call.from");
        Objects.requireNonNull(c.status(), "call.status");
        Objects.requireNonNull(c.direction(), "call.direction");
        Objects.requireNonNull(c.dateCreated(), "call.dateCreated");
        Objects.requireNonNull(c.dateUpdated(), "call.dateUpdated");
        return c;
    }

    public static Conference check(Conference c) {
        Objects.requireNonNull(c, "conference");
        Objects.requireNonNull(c.sid(), "conference.sid");
        Objects.requireNonNull(c.accountSid(), "conference.accountSid");
        Objects.requireNonNull(c.friendlyName(), "conference.friendlyName");
        Objects.requireNonNull(c.status(), "conference.status");
        Objects.requireNonNull(c.dateCreated(), "conference.dateCreated");
        Objects.requireNonNull(c.dateUpdated(), "conference.dateUpdated");
        return c;
    }

    public static Participant check(Participant p) {
        Objects.requireNonNull(p, "participant");
        Objects.requireNonNull(p.callSid(), "participant.callSid");
        Objects.requireNonNull(p.conferenceSid(), "participant.conferenceSid");
        Objects.requireNonNull(p.accountSid(), "participant.accountSid");
        Objects.requireNonNull(p.status(), "participant.status");
        Objects.requireNonNull(p.dateCreated(), "participant.dateCreated");
        Objects.requireNonNull(p.dateUpdated(), "participant.dateUpdated");
        return p;
    }

    public static Recording check(Recording r) {
        Objects.requireNonNull(r, "recording");
        Objects.requireNonNull(r.sid(), "recording.sid");
        Objects.requireNonNull(r.accountSid(), "recording.accountSid");
        Objects.requireNonNull(r.callSid(), "recording.callSid");
        Objects.requireNonNull(r.status(), "recording.status");
        Objects.requireNonNull(r.source(), "recording.source");
        Objects.requireNonNull(r.track(), "recording.track");
        Objects.requireNonNull(r.startTime(), "recording.startTime");
        Objects.requireNonNull(r.callbackMethod(), "recording.callbackMethod");
        Objects.requireNonNull(r.dateCreated(), "recording.dateCreated");
        Objects.requireNonNull(r.dateUpdated(), "recording.dateUpdated");
        return r;
    }

    public static SipCredentialList check(SipCredentialList l) {
        Objects.requireNonNull(l, "credentialList");
        Objects.requireNonNull(l.sid(), "credentialList.sid");
        Objects.requireNonNull(l.accountSid(), "credentialList.accountSid");
        Objects.requireNonNull(l.friendlyName(), "credentialList.friendlyName");
        Objects.requireNonNull(l.dateCreated(), "credentialList.dateCreated");
        Objects.requireNonNull(l.dateUpdated(), "credentialList.dateUpdated");
        return l;
    }

    public static SipCredential check(SipCredential c) {
        Objects.requireNonNull(c, "credential");
        Objects.requireNonNull(c.sid(), "credential.sid");
        Objects.requireNonNull(c.accountSid(), "credential.accountSid");
        Objects.requireNonNull(c.credentialListSid(), "credential.credentialListSid");
        Objects.requireNonNull(c.username(), "credential.username");
        Objects.requireNonNull(c.hashes(), "credential.hashes");
        Objects.requireNonNull(c.dateCreated(), "credential.dateCreated");
        Objects.requireNonNull(c.dateUpdated(), "credential.dateUpdated");
        return c;
    }

    public static SipIpAccessControlList check(SipIpAccessControlList l) {
        Objects.requireNonNull(l, "ipAccessControlList");
        Objects.requireNonNull(l.sid(), "ipAccessControlList.sid");
        Objects.requireNonNull(l.accountSid(), "ipAccessControlList.accountSid");
        Objects.requireNonNull(l.friendlyName(), "ipAccessControlList.friendlyName");
        Objects.requireNonNull(l.dateCreated(), "ipAccessControlList.dateCreated");
        Objects.requireNonNull(l.dateUpdated(), "ipAccessControlList.dateUpdated");
        return l;
    }

    public static SipIpAddress check(SipIpAddress a) {
        Objects.requireNonNull(a, "ipAddress");
        Objects.requireNonNull(a.sid(), "ipAddress.sid");
        Objects.requireNonNull(a.accountSid(), "ipAddress.accountSid");
        Objects.requireNonNull(a.ipAccessControlListSid(), "ipAddress.ipAccessControlListSid");
        Objects.requireNonNull(a.friendlyName(), "ipAddress.friendlyName");
        Objects.requireNonNull(a.ipAddress(), "ipAddress.ipAddress");
        Objects.requireNonNull(a.dateCreated(), "ipAddress.dateCreated");
        Objects.requireNonNull(a.dateUpdated(), "ipAddress.dateUpdated");
        return a;
    }

    public static SipDomain check(SipDomain d) {
        Objects.requireNonNull(d, "domain");
        Objects.requireNonNull(d.sid(), "domain.sid");
        Objects.requireNonNull(d.accountSid(), "domain.accountSid");
        Objects.requireNonNull(d.domainName(), "domain.domainName");
        Objects.requireNonNull(d.voiceMethod(), "domain.voiceMethod");
        Objects.requireNonNull(d.voiceFallbackMethod(), "domain.voiceFallbackMethod");
        Objects.requireNonNull(d.voiceStatusCallbackMethod(), "domain.voiceStatusCallbackMethod");
        Objects.requireNonNull(d.dateCreated(), "domain.dateCreated");
        Objects.requireNonNull(d.dateUpdated(), "domain.dateUpdated");
        return d;
    }

    public static SipDomainMapping check(SipDomainMapping m) {
        Objects.requireNonNull(m, "mapping");
        Objects.requireNonNull(m.accountSid(), "mapping.accountSid");
        Objects.requireNonNull(m.domainSid(), "mapping.domainSid");
        Objects.requireNonNull(m.kind(), "mapping.kind");
        Objects.requireNonNull(m.listSid(), "mapping.listSid");
        Objects.requireNonNull(m.dateCreated(), "mapping.dateCreated");
        Objects.requireNonNull(m.dateUpdated(), "mapping.dateUpdated");
        return m;
    }

    public static Trunk check(Trunk t) {
        Objects.requireNonNull(t, "trunk");
        Objects.requireNonNull(t.sid(), "trunk.sid");
        Objects.requireNonNull(t.accountSid(), "trunk.accountSid");
        Objects.requireNonNull(t.disasterRecoveryMethod(), "trunk.disasterRecoveryMethod");
        Objects.requireNonNull(t.transferMode(), "trunk.transferMode");
        Objects.requireNonNull(t.transferCallerId(), "trunk.transferCallerId");
        Objects.requireNonNull(t.recordingMode(), "trunk.recordingMode");
        Objects.requireNonNull(t.recordingTrim(), "trunk.recordingTrim");
        Objects.requireNonNull(t.dateCreated(), "trunk.dateCreated");
        Objects.requireNonNull(t.dateUpdated(), "trunk.dateUpdated");
        return t;
    }

    public static TrunkOriginationUrl check(TrunkOriginationUrl u) {
        Objects.requireNonNull(u, "originationUrl");
        Objects.requireNonNull(u.sid(), "originationUrl.sid");
        Objects.requireNonNull(u.accountSid(), "originationUrl.accountSid");
        Objects.requireNonNull(u.trunkSid(), "originationUrl.trunkSid");
        Objects.requireNonNull(u.friendlyName(), "originationUrl.friendlyName");
        Objects.requireNonNull(u.sipUrl(), "originationUrl.sipUrl");
        Objects.requireNonNull(u.dateCreated(), "originationUrl.dateCreated");
        Objects.requireNonNull(u.dateUpdated(), "originationUrl.dateUpdated");
        return u;
    }

    public static TrunkListMapping check(TrunkListMapping m) {
        Objects.requireNonNull(m, "trunkList");
        Objects.requireNonNull(m.accountSid(), "trunkList.accountSid");
        Objects.requireNonNull(m.trunkSid(), "trunkList.trunkSid");
        Objects.requireNonNull(m.kind(), "trunkList.kind");
        Objects.requireNonNull(m.listSid(), "trunkList.listSid");
        Objects.requireNonNull(m.dateCreated(), "trunkList.dateCreated");
        Objects.requireNonNull(m.dateUpdated(), "trunkList.dateUpdated");
        return m;
    }

    public static SipRegistration check(SipRegistration r) {
        Objects.requireNonNull(r, "registration");
        Objects.requireNonNull(r.accountSid(), "registration.accountSid");
        Objects.requireNonNull(r.domainSid(), "registration.domainSid");
        Objects.requireNonNull(r.user(), "registration.user");
        Objects.requireNonNull(r.contact(), "registration.contact");
        Objects.requireNonNull(r.expiresAt(), "registration.expiresAt");
        Objects.requireNonNull(r.callId(), "registration.callId");
        Objects.requireNonNull(r.sourceIp(), "registration.sourceIp");
        Objects.requireNonNull(r.transport(), "registration.transport");
        Objects.requireNonNull(r.updated(), "registration.updated");
        return r;
    }
}
