package dev.switchboard.core.sip;

/** A trunk's {@code TransferCallerId}: whose caller ID a transferred call shows; {@code from-transferee} by default. */
public enum TrunkTransferCallerId {
    FROM_TRANSFEREE("from-transferee"),
    FROM_TRANSFEROR("from-transferor");

    private final String wire;

    TrunkTransferCallerId(String wire) { this.wire = wire; }

    /** Twilio's value, e.g. in JSON. */
    public String wire() { return wire; }

    /** The constant for a Twilio value, exactly as Twilio spells it; empty when there is none. */
    public static java.util.Optional<TrunkTransferCallerId> ofWire(String wire) {
        for (TrunkTransferCallerId v : values()) {
            if (v.wire.equals(wire)) return java.util.Optional.of(v);
        }
        return java.util.Optional.empty();
    }
}
