package dev.switchboard.server.api.trunking;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OriginationUrl parameters (spec twilio-sip-media.md §3.2). On create all five are required ({@code Weight},
 * {@code Priority}, {@code Enabled}, {@code FriendlyName}, {@code SipUrl}: 21602 when one is missing or blank); on
 * update each is optional. {@code Weight} is an integer 1–65535 and {@code Priority} 0–65535 (else 21200),
 * {@code Enabled} a boolean (else 21200), {@code FriendlyName} at most 64 characters (else 20002), {@code SipUrl} a
 * {@code sip:} URI with a host and no white space ({@code sips:} is not supported, as on Twilio: else 21200).
 */
final class OriginationUrlForm {
    static final List<String> REQUIRED = List.of("Weight", "Priority", "Enabled", "FriendlyName", "SipUrl");
    private static final Pattern SIP_URL = Pattern.compile("^sip:([^@\\s]+@)?[^@\\s;?:/]+(:[0-9]{1,5})?([;?]\\S*)?$");

    private OriginationUrlForm() {}

    static void requireAll(ApiRequest req) {
        for (String name : REQUIRED) FormFields.required(req, name);
    }

    static TrunkOriginationUrl apply(TrunkOriginationUrl u, ApiRequest req, Instant now) {
        return new TrunkOriginationUrl(u.sid(), u.accountSid(), u.trunkSid(),
                FormFields.friendlyName(req).map(n -> nonBlank("FriendlyName", n)).orElse(u.friendlyName()),
                req.param("SipUrl").map(OriginationUrlForm::sipUrl).orElse(u.sipUrl()),
                bounded(req, "Weight", 1).orElse(u.weight()),
                bounded(req, "Priority", 0).orElse(u.priority()),
                FormFields.bool(req, "Enabled").orElse(u.enabled()),
                u.dateCreated(), now);
    }

    private static String nonBlank(String name, String v) {
        if (v.isBlank()) throw new TwilioException(TwilioError.MISSING_PARAMETER, name);
        return v;
    }

    private static Optional<Integer> bounded(ApiRequest req, String name, int min) {
        return req.param(name).map(v -> {
            try {
                int n = Integer.parseInt(v.trim());
                if (n >= min && n <= 65535) return n;
            } catch (NumberFormatException e) {
                // answered below
            }
            throw FormFields.invalid(name, v, "must be an integer from " + min + " to 65535");
        });
    }

    private static String sipUrl(String v) {
        String url = v.trim();
        if (url.length() > 4 && url.substring(0, 4).toLowerCase(Locale.ROOT).equals("sip:")) url = "sip:" + url.substring(4);
        if (!SIP_URL.matcher(url).matches()) {
            throw FormFields.invalid("SipUrl", v, "it must be a sip: URI (sips: is not supported; use ;transport=tls)");
        }
        return url;
    }
}
