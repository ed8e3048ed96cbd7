package dev.switchboard.server.webhook;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookLimits;
import dev.switchboard.core.webhook.WebhookPurpose;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Applies Twilio's rules to a 2xx answer ({@link WebhookLimits}) and turns answers into results.
 * TwiML needs an XML {@code Content-Type} (else 12300) and at most 64 KB (else 11750); a status
 * callback takes any 2xx. Bodies are decoded with the {@code charset} the header names, UTF-8
 * otherwise or when the name is unknown.
 */
final class AnswerCheck {
    private AnswerCheck() {}

    static WebhookResult judge(WebhookPurpose purpose, String url, Attempt.Answered answer, Duration elapsed) {
        if (purpose == WebhookPurpose.TWIML) {
            if (!WebhookLimits.isTwimlContentType(answer.contentType())) {
                String type = answer.contentType().isBlank() ? "no Content-Type" : "'" + answer.contentType() + "'";
                return failure(TwilioError.INVALID_CONTENT_TYPE, type + " from " + url
                        + "; TwiML must be text/xml or application/xml", answer, elapsed);
            }
            if (answer.truncated()) {
                return failure(TwilioError.TWIML_RESPONSE_TOO_LARGE, "more than " + WebhookLimits.MAX_TWIML_BYTES
                        + " bytes from " + url, answer, elapsed);
            }
        }
        return new WebhookResponse(answer.status(), answer.contentType(), decode(answer), elapsed);
    }

    static WebhookFailure failure(TwilioError error, String detail, Attempt.Answered answer, Duration elapsed) {
        return WebhookFailure.of(error, detail, answer.status(), decode(answer), elapsed);
    }

    static String decode(Attempt.Answered answer) {
        return new String(answer.body(), charset(answer.contentType()));
    }

    private static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
