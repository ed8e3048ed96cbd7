package dev.switchboard.core.sip;

import java.time.Instant;

/** A SIP credential list (CL…): a named set of usernames and passwords that domains authenticate against. */
public record SipCredentialList(
        String sid,
        String accountSid,
        String friendlyName,
        Instant dateCreated,
        Instant dateUpdated) {
}
