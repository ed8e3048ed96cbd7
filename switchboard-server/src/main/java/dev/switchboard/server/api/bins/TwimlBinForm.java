package dev.switchboard.server.api.bins;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.bins.TwimlBinRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies TwimlBin create/update parameters: {@code FriendlyName} (at most 64 characters) and
 * {@code Twiml}, the template. A template must compile as Mustache and hold at most
 * {@link #MAX_TEMPLATE_BYTES} bytes of UTF-8; it is not checked as XML, because it only becomes XML
 * once rendered. A parameter that was not sent keeps the field.
 */
final class TwimlBinForm {
    /** 64 KiB: Twilio refuses TwiML answers over 64 KB (11750), so a larger bin could never be served. */
    static final int MAX_TEMPLATE_BYTES = 64 * 1024;

    private TwimlBinForm() {}

    static TwimlBin apply(TwimlBin b, ApiRequest req, Instant now) {
        return new TwimlBin(b.sid(), b.accountSid(),
                FormFields.friendlyName(req).orElse(b.friendlyName()),
                template(req).orElse(b.template()),
                b.dateCreated(), now);
    }

    /** The {@code Twiml} parameter, checked; empty when not sent. A blank value is "missing" (21602). */
    static Optional<String> template(ApiRequest req) {
        if (!req.has("Twiml")) return Optional.empty();
        String template = FormFields.required(req, "Twiml");
        int bytes = template.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TEMPLATE_BYTES) {
            throw new TwilioException(TwilioError.TWIML_BIN_TOO_LARGE, bytes, MAX_TEMPLATE_BYTES);
        }
        try {
            TwimlBinRenderer.compile(template);
        } catch (TwimlBinRenderer.InvalidTemplateException e) {
            throw new TwilioException(TwilioError.TWIML_BIN_TEMPLATE_INVALID, e.getMessage());
        }
        return Optional.of(template);
    }
}
