package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipUri;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a REST call to a SIP address must be (spec §2.6): {@code To} a {@code sip:}/{@code sips:} URI shorter than 255
 * characters before its {@code ?headers} part, which is under 1,024 (21227) with token header names (21228) and printable values
 * (21229), else 21211; {@code From} any of {@code A-Z a-z 0-9 + - _ .} (it fills the From user part) or an E.164;
 * {@code SipAuthUsername}/{@code SipAuthPassword} under 256 characters without control characters, the password
 * required with the username (21221–21225).
 */
final class SipAddressRules {
    private static final Pattern CALLER_ID = Pattern.compile("^[A-Za-z0-9+\\-_.]{1,128}$");
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9\\-.!%*_+`'~]+$");

    private SipAddressRules() {}

    static void check(String to) {
        int q = to.indexOf('?');
        if (q >= 0 && to.length() - q - 1 >= 1024) throw new TwilioException(TwilioError.SIP_URI_HEADERS_TOO_LONG, to.length() - q - 1);
        if ((q < 0 ? to.length() : q) >= 255) throw new TwilioException(TwilioError.TO_INVALID, to);
        SipUri uri;
        try {
            uri = SipUri.parse(to);
        } catch (SipParseException e) {
            throw new TwilioException(TwilioError.TO_INVALID, to);
        }
        if (uri.host().isEmpty() || !(uri.scheme().equals("sip") || uri.scheme().equals("sips"))) {
            throw new TwilioException(TwilioError.TO_INVALID, to);
        }
        for (SipHeader h : uri.headers()) {
            if (!TOKEN.matcher(h.name()).matches()) throw new TwilioException(TwilioError.SIP_HEADER_NAME_INVALID, h.name());
            if (h.value().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new TwilioException(TwilioError.SIP_HEADER_VALUE_INVALID, h.name());
            }
        }
    }

    static boolean validCallerId(String from) {
        return CALLER_ID.matcher(from).matches();
    }

    static Optional<RingRequest.Credentials> credentials(ApiRequest req) {
        Optional<String> user = req.param("SipAuthUsername").filter(v -> !v.isEmpty());
        Optional<String> password = req.param("SipAuthPassword").filter(v -> !v.isEmpty());
        if (user.isEmpty()) return Optional.empty();
        if (user.get().length() >= 256) throw new TwilioException(TwilioError.SIP_AUTH_USERNAME_TOO_LONG);
        if (user.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':' || c == '@')) {
            throw new TwilioException(TwilioError.SIP_AUTH_USERNAME_INVALID);
        }
        if (password.isEmpty()) throw new TwilioException(TwilioError.SIP_AUTH_PASSWORD_REQUIRED);
        if (password.get().length() >= 256) throw new TwilioException(TwilioError.SIP_AUTH_PASSWORD_TOO_LONG);
        if (password.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw new TwilioException(TwilioError.SIP_AUTH_PASSWORD_INVALID);
        return Optional.of(new RingRequest.Credentials(user.get(), password.get()));
    }
}
