package dev.switchboard.bench.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load generator's side: one JDK {@link HttpClient} (HTTP/1.1, keep-alive), used both for the
 * platform's REST API and for the loopback ceiling, so the two figures share a client.
 */
public final class LoadClient {
    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"(CA[0-9a-f]{32})\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String auth;
    private final String callsUrl;
    private final String accountUrl;

    public LoadClient(PlatformProcess platform) {
        this.auth = "Basic " + Base64.getEncoder().encodeToString(
                (platform.accountSid + ":" + platform.authToken).getBytes(StandardCharsets.UTF_8));
        this.accountUrl = platform.baseUrl() + "/2010-04-01/Accounts/" + platform.accountSid;
        this.callsUrl = accountUrl + "/Calls";
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The answer to one request: status, body and, for a created call, its SID. */
    public record Answer(int status, String body) {
        public String callSid() {
            Matcher m = SID.matcher(body);
            return m.find() ? m.group(1) : "";
        }
    }

    public Answer createCall(String form) throws Exception {
        return post(callsUrl + ".json", form);
    }

    /** REST update of one call ({@code Status=completed} hangs it up). */
    public Answer updateCall(String callSid, String form) throws Exception {
        return post(callsUrl + "/" + callSid + ".json", form);
    }

    /** An authenticated POST to {@code path} under the account ({@code /SIP/Domains.json}…). */
    public Answer postToAccount(String path, String form) throws Exception {
        return post(accountUrl + path, form);
    }

    private Answer post(String url, String form) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
        return new Answer(a.statusCode(), a.body());
    }

    /**
     * The loopback HTTP ceiling: {@code inFlight} loops POSTing a webhook-sized form to {@code url}
     * (a no-op endpoint of the customer app's server) for {@code duration}; answers requests per second.
     */
    public double ceiling(String url, int inFlight, Duration duration) throws InterruptedException {
        String body = form(Map.of("AccountSid", "AC" + "0".repeat(32), "CallSid", "CA" + "0".repeat(32),
                "CallStatus", "in-progress", "From", "+15005550002", "To", "+15005550001", "Direction", "outbound-api",
                "ApiVersion", "2010-04-01"));
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        AtomicLong done = new AtomicLong();
        double seconds = ClosedLoop.run(inFlight, duration, () -> {
            HttpResponse<Void> a = http.send(r, HttpResponse.BodyHandlers.discarding());
            if (a.statusCode() < 300) done.incrementAndGet();
        });
        return done.get() / seconds;
    }
}
