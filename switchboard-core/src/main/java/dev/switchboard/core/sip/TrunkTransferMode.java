package dev.switchboard.core.sip;

/** A trunk's {@code TransferMode} (SIP REFER handling, spec §3.2): {@code disable-all} by default. */
public enum TrunkTransferMode {
    DISABLE_ALL("disable-all"),
    ENABLE_ALL("enable-all"),
    SIP_ONLY("sip-only");

    private final String wire;

    TrunkTransferMode(String wire) { this.wire = wire; }

    /** Twilio's value, e.g. in JSON. */
    public String wire() { return wire; }

    /** The constant for a Twilio value, exactly as Twilio spells it; empty when there is none. */
    public static java.util.Optional<TrunkTransferMode> ofWire(String wire) {
        for (TrunkTransferMode v : values()) {
            if (v.wire.equals(wire)) return java.util.Optional.of(v);
        }
        return java.util.Optional.empty();
    }
}
