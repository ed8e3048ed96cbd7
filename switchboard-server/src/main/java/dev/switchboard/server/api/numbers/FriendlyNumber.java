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

    private FriendlyNumber() {}

    public static String format(String e164) {
        if (!e164.startsWith("+1") || e164.length() != 12) return e164;
        try {
            return UTIL.format(UTIL.parse(e164, "US"), PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
