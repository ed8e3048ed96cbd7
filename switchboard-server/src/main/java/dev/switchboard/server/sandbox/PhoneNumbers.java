package dev.switchboard.server.sandbox;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import java.util.regex.Pattern;

/** The E.164 number in a sandbox path; {@code +} may arrive as {@code %2B} or a space. */
final class PhoneNumbers {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

    private PhoneNumbers() {}

    static String fromPath(ApiRequest req) {
        String raw = java.net.URLDecoder.decode(req.pathParam("Number"), java.nio.charset.StandardCharsets.UTF_8).trim();
        String number = raw.startsWith("+") ? raw : "+" + raw;
        if (!E164.matcher(number).matches()) throw new TwilioException(TwilioError.PHONE_NUMBER_INVALID, raw);
        return number;
    }
}
