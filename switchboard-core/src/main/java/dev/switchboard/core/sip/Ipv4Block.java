package dev.switchboard.core.sip;

import java.util.Optional;

/**
 * An IPv4 CIDR block: a 32-bit address and a prefix length. Twilio's IP ACLs take full dotted-decimal IPv4
 * addresses only (no wildcards, no IPv6; spec §1.4); Switchboard admits prefix lengths
 * {@value #MIN_PREFIX}–{@value #MAX_PREFIX} (docs/sip.md). Pure; thread-safe.
 */
public record Ipv4Block(int address, int prefixLength) {
    public static final int MIN_PREFIX = 1;
    public static final int MAX_PREFIX = 32;

    public Ipv4Block {
        if (prefixLength < MIN_PREFIX || prefixLength > MAX_PREFIX) {
            throw new IllegalArgumentException("prefix length " + prefixLength);
        }
    }

    /**
     * A dotted-decimal IPv4 address: exactly four decimal octets 0–255, without leading zeros (which some
     * parsers read as octal); empty for anything else.
     */
    public static Optional<Integer> parseAddress(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return Optional.empty();
        int value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return Optional.empty();
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') return Optional.empty();
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) return Optional.empty();
            value = (value << 8) | octet;
        }
        return Optional.of(value);
    }

    /** Whether {@code ip} (dotted decimal) lies in this block; false for anything that is not an IPv4 address. */
    public boolean contains(String ip) {
        return parseAddress(ip).map(a -> ((a ^ address) & mask()) == 0).orElse(false);
    }

    private int mask() {
        return prefixLength == 32 ? -1 : ~(-1 >>> prefixLength);
    }
}
