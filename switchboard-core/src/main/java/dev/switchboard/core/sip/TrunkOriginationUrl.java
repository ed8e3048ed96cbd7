package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * Where a trunk sends the calls it originates (OU…): a {@code sip:} URI with its {@code priority} (0–65535, lowest
 * tried first), {@code weight} (1–65535, the share within one priority) and whether it is {@code enabled}
 * (spec twilio-sip-media.md §3.2). {@link OriginationOrder} turns a trunk's URLs into the order to try them in.
 */
public record TrunkOriginationUrl(
        String sid,
        String accountSid,
        String trunkSid,
        String friendlyName,
        String sipUrl,
        int weight,
        int priority,
        boolean enabled,
        Instant dateCreated,
        Instant dateUpdated) {
}
