package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * A list mapped to a SIP domain. It is addressed by the mapped list's SID ({@code listSid}: CL… or AL…), which
 * is also the mapping's {@code sid} in Twilio's JSON; a list is mapped at most once per domain and kind.
 */
public record SipDomainMapping(
        String accountSid,
        String domainSid,
        SipMappingKind kind,
        String listSid,
        Instant dateCreated,
        Instant dateUpdated) {
}
