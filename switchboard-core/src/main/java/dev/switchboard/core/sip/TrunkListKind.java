package dev.switchboard.core.sip;

/** What a list associated with a trunk is: a credential list (CL…) or an IP access control list (AL…). */
public enum TrunkListKind {
    CREDENTIAL_LIST("credential-list"),
    IP_ACCESS_CONTROL_LIST("ip-access-control-list");

    private final String wire;

    TrunkListKind(String wire) { this.wire = wire; }

    /** The value stored for this kind. */
    public String wire() { return wire; }

    public static TrunkListKind ofWire(String wire) {
        for (TrunkListKind k : values()) {
            if (k.wire.equals(wire)) return k;
        }
        throw new IllegalArgumentException("unknown trunk list kind " + wire);
    }
}
