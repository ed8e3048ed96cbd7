package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Switchboard's own timeline entry JSON (not a Twilio resource): {@code sequence}, {@code at}
 * (RFC 2822), {@code kind} and the kind's fields. Unlike Twilio's Events, webhook parameters keep
 * their exact names, order and repeats, as a list of {@code {name, value}} pairs.
 */
public final class TimelineJson {
    private TimelineJson() {}

    public static Map<String, Object> of(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", e.sequence());
        m.put("at", ApiJson.date(e.at()));
        m.put("kind", e.kind());
        switch (e) {
            case WebhookExchange w -> {
                m.put("url", w.url());
                m.put("method", w.method().name());
                m.put("parameters", pairs(w.params().entries()));
                m.put("duration_ms", w.took().toMillis());
                switch (w.outcome()) {
                    case WebhookOutcome.Answered a -> {
                        m.put("response_code", a.statusCode());
                        m.put("content_type", a.contentType());
                        m.put("response_body", a.body());
                        m.put("response_body_truncated", a.truncated());
                        m.put("error_code", null);
                        m.put("error_message", null);
                    }
                    case WebhookOutcome.Failed f -> {
                        m.put("response_code", f.responseCode().isPresent() ? f.responseCode().getAsInt() : null);
                        m.put("content_type", null);
                        m.put("response_body", null);
                        m.put("response_body_truncated", false);
                        m.put("error_code", Integer.toString(f.twilioCode()));
                        m.put("error_message", f.reason());
                    }
                }
            }
            case VerbExecuted v -> {
                m.put("verb", v.verb());
                m.put("detail", v.detail());
            }
            case StatusChanged s -> {
                m.put("from", s.from().wire());
                m.put("to", s.to().wire());
            }
            case ErrorRaised r -> {
                m.put("notification_sid", r.notificationSid());
                m.put("error_code", Integer.toString(r.code()));
                m.put("error_message", r.message());
                m.put("level", r.level().name().toLowerCase(Locale.ROOT));
                m.put("request_url", r.requestUrl().orElse(null));
                m.put("request_method", r.requestMethod().map(Enum::name).orElse(null));
            }
        }
        return m;
    }

    private static List<Map<String, String>> pairs(List<FormParam> entries) {
        return entries.stream().map(p -> {
            Map<String, String> pair = new LinkedHashMap<>();
            pair.put("name", p.name());
            pair.put("value", p.value());
            return pair;
        }).toList();
    }
}
