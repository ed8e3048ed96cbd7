package dev.switchboard.server.sip;

import dev.switchboard.sip.message.SipRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * A key press sent as SIP INFO, as many PBXs and softphones can be set to: {@code application/dtmf-relay}
 * ({@code Signal=5}, {@code Duration=160}) or {@code application/dtmf} (the key alone). Twilio documents only
 * RFC 2833/4733 events (spec §7, open question 12); Switchboard also takes INFO so such phones work.
 */
final class InfoDtmf {
    private InfoDtmf() {}

    static Optional<Character> digit(SipRequest info) {
        String type = info.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT).trim();
        String body = info.body().text().trim();
        if (type.startsWith("application/dtmf-relay")) {
            for (String line : body.split("\r?\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("Signal")) return key(line.substring(eq + 1).trim());
            }
            return Optional.empty();
        }
        if (type.startsWith("application/dtmf")) return key(body);
        return Optional.empty();
    }

    private static Optional<Character> key(String value) {
        if (value.length() != 1) return value.equals("10") ? Optional.of('*') : value.equals("11") ? Optional.of('#') : Optional.empty();
        char c = Character.toUpperCase(value.charAt(0));
        return "0123456789*#ABCD".indexOf(c) >= 0 ? Optional.of(c) : Optional.empty();
    }
}
