package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * A credential list or IP access control list associated with a trunk ({@code /v1/Trunks/{TK}/CredentialLists},
 * {@code …/IpAccessControlLists}). It is addressed by the list's SID ({@code listSid}), which is also its
 * {@code sid} in Twilio's JSON; a list is associated with a trunk at most once per kind.
 */
public record TrunkListMapping(
        String accountSid,
        String trunkSid,
        TrunkListKind kind,
        String listSid,
        Instant dateCreated,
        Instant dateUpdated) {
}
