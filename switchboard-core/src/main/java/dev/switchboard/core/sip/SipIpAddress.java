package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * One entry of an IP access control list (IP…): an IPv4 address as the caller wrote it and the CIDR prefix
 * length that applies to it (32 = that address only). See {@link Ipv4Block}.
 */
public record SipIpAddress(
        String sid,
        String accountSid,
        String ipAccessControlListSid,
        String friendlyName,
        String ipAddress,
        int cidrPrefixLength,
        Instant dateCreated,
        Instant dateUpdated) {

    /** The addresses this entry admits. */
    public Ipv4Block block() {
        return new Ipv4Block(Ipv4Block.parseAddress(ipAddress).orElseThrow(), cidrPrefixLength);
    }
}
