package dev.switchboard.testing.webhook;

import com.sun.net.httpserver.HttpExchange;
import dev.switchboard.core.webhook.FormEncoding;
import dev.switchboard.core.webhook.FormParams;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Turns an exchange of the JDK server into a {@link RecordedRequest}. */
final class RequestRecorder {
    private RequestRecorder() {}

    static RecordedRequest record(HttpExchange exchange, byte[] rawBody, int port) {
        URI target = exchange.getRequestURI();
        String path = target.getRawPath() == null ? "/" : target.getRawPath();
        String rawQuery = target.getRawQuery();
        String host = exchange.getRequestHeaders().getFirst("Host");
        String url = "http://" + (host == null ? "127.0.0.1:" + port : host) + path
                + (rawQuery == null ? "" : "?" + rawQuery);
        String body = new String(rawBody, StandardCharsets.UTF_8);
        RecordedRequest withoutForm = new RecordedRequest(exchange.getRequestMethod(), path, url,
                rawQuery == null ? FormParams.empty() : FormEncoding.decode(rawQuery), FormParams.empty(),
                exchange.getRequestHeaders(), body);
        if (!withoutForm.isForm()) {
            return withoutForm;
        }
        return new RecordedRequest(withoutForm.method(), path, url, withoutForm.query(), FormEncoding.decode(body),
                withoutForm.headers(), body);
    }
}
