package dev.switchboard.core.context;

/**
 * The size rules for one set of custom parameters. All sizes are UTF-8 bytes of names plus values,
 * before any URL or form encoding (the unit of Twilio's guideline, "a combined total of 800
 * bytes", https://www.twilio.com/docs/voice/how-share-information-between-your-applications).
 *
 * <p>Only {@code guidelineTotalBytes} is Twilio's number. Twilio publishes no hard limit (its
 * error 31103 names a {@code MAX_PARAM_LENGTH} without a value), so the hard limits are
 * Switchboard's: generous enough that anything Twilio would carry passes, small enough that a
 * webhook body, a SIP INVITE or a WebSocket frame stays sane.
 *
 * @param maxNameBytes        longest name; longer refuses with 31103
 * @param maxValueBytes       longest value; longer refuses with 31103
 * @param maxCount            most pairs (duplicates counted); more refuses with 31103
 * @param maxTotalBytes       most bytes for all names and values; more refuses with 31103
 * @param guidelineTotalBytes above this total, deliver in full but warn with 13253
 */
public record ParameterLimits(int maxNameBytes, int maxValueBytes, int maxCount, int maxTotalBytes,
        int guidelineTotalBytes) {

    /** Twilio's guideline for the combined size of all custom parameters. */
    public static final int TWILIO_GUIDELINE_BYTES = 800;

    /** Name ≤ 256 B, value ≤ 4 KiB, ≤ 100 pairs, ≤ 16 KiB in all; warn above 800 B. */
    public static final ParameterLimits DEFAULT = new ParameterLimits(256, 4096, 100, 16384, TWILIO_GUIDELINE_BYTES);

    public ParameterLimits {
        if (maxNameBytes < 1 || maxValueBytes < 0 || maxCount < 0 || maxTotalBytes < 0 || guidelineTotalBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative (and a name needs at least one byte)");
        }
    }
}
