package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.server.api.ApiJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Twilio's Call Event JSON ({@code api.v2010.account.call.call_event}): {@code request} with
 * {@code method}, {@code url} and {@code parameters}, {@code response} with {@code date_created},
 * {@code request_duration} (milliseconds), {@code response_code}, {@code content_type} and
 * {@code response_body}. Twilio presents parameter names in snake_case ("lower cased and words
 * separated by underscores", Call Event resource page), so {@code CallSid} is {@code call_sid}; a
 * name sent more than once answers an array of its values. A failed request answers the HTTP
 * status if one came, else {@code null}, and {@code null} content type and body.
 */
public final class EventJson {
    private EventJson() {}

    public static Map<String, Object> of(WebhookExchange w) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", w.method().name());
        request.put("url", w.url());
        request.put("parameters", parameters(w.params().entries()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("date_created", ApiJson.date(w.answeredAt()));
        response.put("request_duration", w.took().toMillis());
        switch (w.outcome()) {
            case WebhookOutcome.Answered a -> {
                response.put("response_code", a.statusCode());
                response.put("content_type", a.contentType());
                response.put("response_body", a.body());
            }
            case WebhookOutcome.Failed f -> {
                response.put("response_code", f.responseCode().isPresent() ? f.responseCode().getAsInt() : null);
                response.put("content_type", null);
                response.put("response_body", null);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", request);
        m.put("response", response);
        return m;
    }

    static Map<String, Object> parameters(List<FormParam> entries) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormParam p : entries) {
            String key = snakeCase(p.name());
            Object old = out.get(key);
            if (old == null) {
                out.put(key, p.value());
            } else if (old instanceof List<?> values) {
                @SuppressWarnings("unchecked") List<Object> list = (List<Object>) values;
                list.add(p.value());
            } else {
                List<Object> list = new ArrayList<>();
                list.add(old);
                list.add(p.value());
                out.put(key, list);
            }
        }
        return out;
    }

    /** {@code CallSid} → {@code call_sid}, {@code AddOns} → {@code add_ons}, {@code SipHeader_X-Id} → {@code sip_header_x-id}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean wordStart = Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
                if (wordStart) out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
