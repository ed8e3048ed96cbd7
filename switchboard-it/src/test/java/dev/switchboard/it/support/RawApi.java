package dev.switchboard.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The REST API without a helper library, to assert on the exact JSON (keys present, keys absent). */
public final class RawApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningSwitchboard sb;

    public RawApi(RunningSwitchboard sb) { this.sb = sb; }

    /** GET {@code path} (from {@code /2010-04-01}) as the main account; the parsed JSON body. */
    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(sb.baseUrl() + path)).GET());
    }

    /** POST a form body ({@code a=b&c=d}, already encoded) to {@code path} as the main account. */
    public JsonNode post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(sb.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private JsonNode send(HttpRequest.Builder b) {
        String auth = Base64.getEncoder().encodeToString((sb.accountSid + ":" + sb.authToken).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = HTTP.send(b.header("Authorization", "Basic " + auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
