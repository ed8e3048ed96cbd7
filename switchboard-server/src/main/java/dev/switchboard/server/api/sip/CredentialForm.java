package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.util.regex.Pattern;

/**
 * Credential parameters as Twilio checks them (spec §1.4): {@code Username} at most 32 characters of a SIP
 * user part; {@code Password} at least 12 characters with a digit, an upper-case and a lower-case letter.
 * Refusals are 21243 ("Credential validation error", Twilio's code for the family; the exact code Twilio
 * answers for each rule is unconfirmed, docs/sip.md).
 */
final class CredentialForm {
    static final int USERNAME_MAX = 32;
    static final int PASSWORD_MIN = 12;
    /** RFC 3261 §25.1 user: unreserved / escaped / user-unreserved, without '%' escapes (a digest username is compared as typed). */
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9\\-_.!~*'()&=+$,;?/]+$");

    private CredentialForm() {}

    static String username(ApiRequest req) {
        String u = FormFields.required(req, "Username");
        if (u.length() > USERNAME_MAX) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_INVALID, "Username must be at most " + USERNAME_MAX + " characters");
        }
        if (!USERNAME.matcher(u).matches()) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_INVALID, "Username '" + u + "' holds characters a SIP username cannot");
        }
        return u;
    }

    static String password(ApiRequest req) {
        String p = FormFields.required(req, "Password");
        if (p.length() < PASSWORD_MIN || !p.chars().anyMatch(Character::isDigit)
                || !p.chars().anyMatch(Character::isUpperCase) || !p.chars().anyMatch(Character::isLowerCase)) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_INVALID,
                    "Password must be at least " + PASSWORD_MIN + " characters and contain at least one digit, "
                            + "one upper-case and one lower-case letter");
        }
        return p;
    }
}
