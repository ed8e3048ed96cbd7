package dev.switchboard.server.bins;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Optional;

/**
 * What the TwiML Bin helper {@code {{#e164}}…{{/e164}}} does to its rendered text (spec §11): a
 * phone number in any common form becomes E.164, anything else becomes nothing.
 *
 * <ul>
 *   <li>A SIP or tel URI gives its user part: {@code sip:+14155551234@x.sip.twilio.com;transport=tls}
 *       → {@code +14155551234}; {@code tel:+1-415-555-1234} → {@code +14155551234}.
 *   <li>Numbers without a {@code +} are read as US numbers (Twilio's home region), so
 *       {@code (415) 555-1234} and {@code 4155551234} → {@code +14155551234}; {@code 0044…}-style
 *       international prefixes are not guessed.
 *   <li>The number must be a <em>possible</em> number for its region (right length), not a
 *       <em>valid</em> one: test numbers such as {@code +15005550006} work.
 *   <li>{@code client:alice}, empty text, or words: empty.
 * </ul>
 * Pure and thread-safe.
 */
public final class E164 {
    static final String DEFAULT_REGION = "US";
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private E164() {}

    public static Optional<String> normalise(String text) {
        String candidate = userPart(text.strip());
        if (candidate.isEmpty() || candidate.chars().noneMatch(Character::isDigit)) return Optional.empty();
        if (candidate.chars().anyMatch(Character::isLetter)) return Optional.empty();
        try {
            var number = PHONE_NUMBERS.parse(candidate, DEFAULT_REGION);
            if (!PHONE_NUMBERS.isPossibleNumber(number)) return Optional.empty();
            return Optional.of(PHONE_NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** {@code sip:user@host;params} → {@code user}; {@code tel:…} → the number; anything else as is. */
    private static String userPart(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String rest = text;
        for (String scheme : new String[] {"sips:", "sip:", "tel:"}) {
            if (lower.startsWith(scheme)) {
                rest = text.substring(scheme.length());
                break;
            }
        }
        int at = rest.indexOf('@');
        if (at >= 0) rest = rest.substring(0, at);
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) rest = rest.substring(0, semicolon);
        return rest.strip();
    }
}
