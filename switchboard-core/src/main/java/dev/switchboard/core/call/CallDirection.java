package dev.switchboard.core.call;

import java.util.Optional;

/**
 * Which way a call leg goes, as Twilio spells it (spec §1.4): {@code inbound} (into the platform,
 * including calls placed from a Voice SDK client), {@code outbound-api} (created over REST),
 * {@code outbound-dial} (a child leg created by {@code <Dial>}), and the two Elastic SIP Trunking
 * directions.
 */
public enum CallDirection {
    INBOUND("inbound"),
    OUTBOUND_API("outbound-api"),
    OUTBOUND_DIAL("outbound-dial"),
    TRUNKING_TERMINATING("trunking-terminating"),
    TRUNKING_ORIGINATING("trunking-originating");

    private final String wire;

    CallDirection(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<CallDirection> fromWire(String value) {
        for (CallDirection d : values()) if (d.wire.equals(value)) return Optional.of(d);
        return Optional.empty();
    }
}
