package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * One username of a credential list (CR…). The password is never kept: only its digest hashes for
 * {@link DigestHashes#realm()} (docs/sip.md "Credential storage"), as Twilio keeps credential passwords
 * "MD5-hashed per digest spec, not retrievable".
 */
public record SipCredential(
        String sid,
        String accountSid,
        String credentialListSid,
        String username,
        DigestHashes hashes,
        Instant dateCreated,
        Instant dateUpdated) {
}
