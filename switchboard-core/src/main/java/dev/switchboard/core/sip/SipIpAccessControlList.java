package dev.switchboard.core.sip;

import java.time.Instant;

/** A SIP IP access control list (AL…): the source addresses a domain accepts signalling from. */
public record SipIpAccessControlList(
        String sid,
        String accountSid,
        String friendlyName,
        Instant dateCreated,
        Instant dateUpdated) {
}
