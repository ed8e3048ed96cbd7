package dev.switchboard.core.usage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The usage categories Switchboard meters: the one table of their wire names, descriptions and
 * units. Twilio's category list (twilio-node {@code RecordCategory}, twilio-java 9.x
 * {@code Record.Category}) has no category for Application Connect, so Switchboard uses its own
 * {@code calls-application-connect}, built like Twilio's {@code calls-*} sub-categories. Other
 * Twilio categories are not metered and are refused as filters.
 */
public enum UsageCategory {
    /** {@code <Dial><Application>}: minutes of the receiving leg (Switchboard's own category). */
    CALLS_APPLICATION_CONNECT("calls-application-connect", "Application Connect Minutes", "calls", "minutes");

    private final String wire;
    private final String description;
    private final String countUnit;
    private final String usageUnit;

    UsageCategory(String wire, String description, String countUnit, String usageUnit) {
        this.wire = wire;
        this.description = description;
        this.countUnit = countUnit;
        this.usageUnit = usageUnit;
    }

    /** The category as Usage Records name it ({@code Category=…}, {@code category}). */
    public String wire() { return wire; }

    public String description() { return description; }

    /** What {@code count} counts ({@code calls}). */
    public String countUnit() { return countUnit; }

    /** What {@code usage} measures ({@code minutes}). */
    public String usageUnit() { return usageUnit; }

    public static Optional<UsageCategory> fromWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }
}
