package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sip.Ipv4Block;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.server.api.ApiRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * IpAddress parameters (spec §1.2, §1.4): {@code IpAddress} a full dotted-decimal IPv4 address (no wildcards,
 * no IPv6), optionally written {@code a.b.c.d/n} as Twilio's CIDR announcement shows; {@code CidrPrefixLength}
 * {@value Ipv4Block#MIN_PREFIX}–{@value Ipv4Block#MAX_PREFIX}, 32 when never given ("by default the entire IP
 * address is used"). Refusals are 400/21238 "Address validation error". A parameter not sent keeps the field.
 */
final class IpAddressForm {
    static final int DEFAULT_PREFIX = 32;

    private IpAddressForm() {}

    static SipIpAddress apply(SipIpAddress a, ApiRequest req, Instant now) {
        String name = req.has("FriendlyName") ? SipLists.friendlyName(req, SipLists.ACL_FRIENDLY_NAME_MAX) : a.friendlyName();
        String ip = a.ipAddress();
        Optional<Integer> slashPrefix = Optional.empty();
        if (req.has("IpAddress")) {
            String v = req.param("IpAddress").orElse("").trim();
            if (v.isEmpty()) throw new TwilioException(TwilioError.MISSING_PARAMETER, "IpAddress");
            int slash = v.indexOf('/');
            if (slash >= 0) {
                slashPrefix = Optional.of(prefix(v.substring(slash + 1), "IpAddress " + v));
                v = v.substring(0, slash);
            }
            if (Ipv4Block.parseAddress(v).isEmpty()) {
                throw new TwilioException(TwilioError.SIP_IP_ADDRESS_INVALID,
                        "IpAddress '" + req.param("IpAddress").orElse("") + "' is not a full IPv4 address in dotted decimal notation");
            }
            ip = v;
        }
        int prefix = a.cidrPrefixLength();
        if (req.has("CidrPrefixLength") && !req.param("CidrPrefixLength").orElse("").isEmpty()) {
            prefix = prefix(req.param("CidrPrefixLength").orElse(""), "CidrPrefixLength");
            if (slashPrefix.isPresent() && slashPrefix.get() != prefix) {
                throw new TwilioException(TwilioError.SIP_IP_ADDRESS_INVALID,
                        "CidrPrefixLength " + prefix + " contradicts IpAddress /" + slashPrefix.get());
            }
        } else if (slashPrefix.isPresent()) {
            prefix = slashPrefix.get();
        }
        return new SipIpAddress(a.sid(), a.accountSid(), a.ipAccessControlListSid(), name, ip, prefix, a.dateCreated(), now);
    }

    private static int prefix(String text, String what) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p >= Ipv4Block.MIN_PREFIX && p <= Ipv4Block.MAX_PREFIX) return p;
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new TwilioException(TwilioError.SIP_IP_ADDRESS_INVALID, what + ": the CIDR prefix length must be an integer from "
                + Ipv4Block.MIN_PREFIX + " to " + Ipv4Block.MAX_PREFIX + ", got '" + text + "'");
    }
}
