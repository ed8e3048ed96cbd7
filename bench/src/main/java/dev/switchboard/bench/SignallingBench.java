package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.server.app.Switchboard;
import dev.switchboard.server.config.BootstrapConfig;
import dev.switchboard.server.config.CallConfig;
import dev.switchboard.server.config.ClientConfig;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.DatabaseConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client signalling under load: registers {@code devices} Voice SDK-style devices on one node
 * (listen + register over {@code ws://…/signal}, heartbeats echoed), then places {@code calls}
 * REST calls to {@code client:<identity>} with 16 in flight, measuring the invite round trip —
 * from the REST create until the device holds the {@code invite} — and rejecting each invite.
 * Prints registration time, invite latency percentiles and the heap in use.
 * Usage: {@code SignallingBench [devices=500] [calls=1000]}.
 */
public final class SignallingBench {
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path dir = Files.createTempDirectory("switchboard-sigbench");
        String sid = Sids.next(SidPrefix.ACCOUNT);
        String token = Sids.secret();
        ServerConfig config = new ServerConfig(new HttpConfig("127.0.0.1", 0, "", HttpConfig.DEFAULT_MAX_REQUEST_BYTES),
                dir, DatabaseConfig.embeddedH2(dir), new BootstrapConfig(Optional.of(sid), Optional.of(token)),
                CallConfig.defaults(), ClientConfig.defaults().withHttpsPort(ClientConfig.TLS_OFF));
        try (Switchboard sb = new Switchboard(config, Clock.systemUTC()).start()) {
            String base = "http://127.0.0.1:" + sb.port();
            String auth = "Basic " + Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            JsonNode key = JSON.readTree(post(http, base + "/2010-04-01/Accounts/" + sid + "/Keys.json", auth, "FriendlyName=bench"));
            String keySid = key.get("sid").asText();
            String secret = key.get("secret").asText();
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch invited = new CountDownLatch(calls);
            System.out.printf("SignallingBench: %d devices, %d calls, JDK %s%n", devices, calls, Runtime.version());

            long regStart = System.nanoTime();
            List<WebSocket> sockets = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(devices);
            for (int i = 0; i < devices; i++) {
                String identity = "agent" + i;
                Listener l = new Listener(ready, invited, sentAt, latencies);
                WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + sb.port() + "/signal"), l).join();
                l.ws = ws;
                sockets.add(ws);
                send(ws, "listen", "{\"token\":\"" + jwt(sid, keySid, secret, identity) + "\",\"browserinfo\":{},\"reconnectTimeout\":0}");
            }
            if (!ready.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("devices did not all become ready");
            double regSeconds = (System.nanoTime() - regStart) / 1e9;

            long start = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                Semaphore inFlight = new Semaphore(16);
                for (int i = 0; i < calls; i++) {
                    String to = "client%3Aagent" + (i % devices);
                    inFlight.acquire();
                    pool.submit(() -> {
                        try {
                            long t0 = System.nanoTime();
                            String body = post(http, base + "/2010-04-01/Accounts/" + sid + "/Calls.json", auth,
                                    "To=" + to + "&From=%2B15005550002&Twiml=%3CResponse%2F%3E");
                            sentAt.put(JSON.readTree(body).get("sid").asText(), t0);
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    });
                }
            }
            boolean all = invited.await(60, TimeUnit.SECONDS);
            double total = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("registered:         %,d devices in %.2f s (%,.0f/s)%n", devices, regSeconds, devices / regSeconds);
            System.out.printf("invites delivered:  %,d of %,d in %.1f s (%,.0f/s)%s%n", sorted.size(), calls, total,
                    sorted.size() / total, all ? "" : " (some missing)");
            System.out.printf("invite round trip:  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100));
            System.out.printf("heap in use:        %d MB with %d sockets registered%n",
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), devices);
            sockets.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static String post(HttpClient http, String url, String auth, String form) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        return r.body();
    }

    static void send(WebSocket ws, String type, String payload) {
        synchronized (ws) {
            ws.sendText("{\"type\":\"" + type + "\",\"version\":\"1.6\",\"payload\":" + payload + "}", true).join();
        }
    }

    /** A Twilio-format access token (HS256, cty twilio-fpa;v=1) for an incoming-allowed identity. */
    static String jwt(String accountSid, String keySid, String secret, String identity) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"typ\":\"JWT\",\"alg\":\"HS256\",\"cty\":\"twilio-fpa;v=1\"}";
        String claims = "{\"jti\":\"" + keySid + "-" + now + "\",\"iss\":\"" + keySid + "\",\"sub\":\"" + accountSid
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"grants\":{\"identity\":\"" + identity
                + "\",\"voice\":{\"incoming\":{\"allow\":true}}}}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** One device: registers, echoes heartbeats, timestamps and rejects every invite. */
    static final class Listener implements WebSocket.Listener {
        final CountDownLatch ready;
        final CountDownLatch invited;
        final Map<String, Long> sentAt;
        final List<Long> latencies;
        final StringBuilder partial = new StringBuilder();
        volatile WebSocket ws;

        Listener(CountDownLatch ready, CountDownLatch invited, Map<String, Long> sentAt, List<Long> latencies) {
            this.ready = ready;
            this.invited = invited;
            this.sentAt = sentAt;
            this.latencies = latencies;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            webSocket.request(1);
            if (!last) return CompletableFuture.completedFuture(null);
            String text = partial.toString();
            partial.setLength(0);
            if (text.equals("\n")) {
                Thread.ofVirtual().start(() -> { synchronized (webSocket) { webSocket.sendText("\n", true).join(); } });
                return CompletableFuture.completedFuture(null);
            }
            try {
                JsonNode frame = JSON.readTree(text);
                String type = frame.path("type").asText();
                switch (type) {
                    case "connected" -> Thread.ofVirtual().start(() -> send(webSocket, "register", "{\"media\":{\"audio\":true}}"));
                    case "ready" -> ready.countDown();
                    case "invite" -> {
                        String callSid = frame.path("payload").path("callsid").asText();
                        Thread.ofVirtual().start(() -> {
                            Long t0 = null;
                            for (int i = 0; i < 200 && (t0 = sentAt.get(callSid)) == null; i++) {
                                try { Thread.sleep(1); } catch (InterruptedException e) { return; }
                            }
                            if (t0 != null) latencies.add(now - t0);
                            invited.countDown();
                            send(webSocket, "reject", "{\"callsid\":\"" + callSid + "\"}");
                        });
                    }
                    default -> { }
                }
            } catch (Exception e) {
                System.err.println("bad frame: " + text);
            }
            return CompletableFuture.completedFuture(null);
        }
    }
}
