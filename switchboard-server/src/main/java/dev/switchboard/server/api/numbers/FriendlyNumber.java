package dev.switchboard.server.api.numbers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Twilio's display format for numbers: NANP numbers as {@code (415) 867-5309}, others in E.164.
 * Used for an IncomingPhoneNumber's default friendly name and for {@code to_formatted}.
 */
public final class FriendlyNumber {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Every call's JSON formats its {@code to} and {@code from}; parsing is the costly part, so answers are kept. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> FORMATTED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    private FriendlyNumber() {}

    public static String format(String e164) {
        if (!e164.startsWith("+1") || e164.length() != 12) return e164;
        return FORMATTED.get(e164, FriendlyNumber::parseAndFormat);
    }

    private static String parseAndFormat(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, "US"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
