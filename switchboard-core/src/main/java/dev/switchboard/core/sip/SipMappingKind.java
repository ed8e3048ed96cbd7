package dev.switchboard.core.sip;

/**
 * What a list mapped to a domain authenticates (spec §1.4). The legacy {@code Domains/{SD}/CredentialListMappings}
 * and {@code …/IpAccessControlListMappings} are the same storage as {@code Auth/Calls/…}; registrations take
 * credential lists only.
 */
public enum SipMappingKind {
    CALLS_CREDENTIAL_LIST("calls-credential-list"),
    CALLS_IP_ACCESS_CONTROL_LIST("calls-ip-access-control-list"),
    REGISTRATIONS_CREDENTIAL_LIST("registrations-credential-list");

    private final String wire;

    SipMappingKind(String wire) { this.wire = wire; }

    /** The value stored for this kind. */
    public String wire() { return wire; }

    public static SipMappingKind ofWire(String wire) {
        for (SipMappingKind k : values()) {
            if (k.wire.equals(wire)) return k;
        }
        throw new IllegalArgumentException("unknown mapping kind " + wire);
    }

    /** Whether the mapped list is a credential list (else an IP access control list). */
    public boolean isCredentialList() { return this != CALLS_IP_ACCESS_CONTROL_LIST; }
}
