package dev.switchboard.bench;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.server.app.Switchboard;
import dev.switchboard.server.config.BootstrapConfig;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.DatabaseConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REST throughput on loopback: create+fetch Application round trips per second with concurrent
 * clients, beside the bare {@code /health} rate of the same server in the same run.
 * Usage: {@code RestBench [clients=32] [seconds=10]}. Starts its own server on the embedded database
 * (or {@code SWITCHBOARD_DB_URL}) in a temporary directory.
 */
public final class RestBench {
    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"(AP[0-9a-f]{32})\"");

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("switchboard-bench");
        String sid = Sids.next(SidPrefix.ACCOUNT);
        String token = Sids.secret();
        String dbUrl = System.getenv().getOrDefault("SWITCHBOARD_DB_URL", "");
        DatabaseConfig db = dbUrl.isBlank() ? DatabaseConfig.embeddedH2(dir)
                : new DatabaseConfig(dbUrl, System.getenv().getOrDefault("SWITCHBOARD_DB_USER", ""),
                        System.getenv().getOrDefault("SWITCHBOARD_DB_PASSWORD", ""));
        ServerConfig config = new ServerConfig(new HttpConfig("127.0.0.1", 0, "", HttpConfig.DEFAULT_MAX_REQUEST_BYTES),
                dir, db, new BootstrapConfig(Optional.of(sid), Optional.of(token)));
        try (Switchboard sb = new Switchboard(config, Clock.systemUTC()).start()) {
            String base = "http://127.0.0.1:" + sb.port();
            String auth = "Basic " + Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String apps = base + "/2010-04-01/Accounts/" + sid + "/Applications";
            HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/health")).build();

            System.out.printf("RestBench: %d concurrent clients, %d s per phase, %s database, JDK %s%n",
                    clients, seconds, db.isPostgres() ? "PostgreSQL" : "embedded H2", Runtime.version());
            run(clients, 2, () -> send(http, health)); // warm-up
            run(clients, 2, () -> createAndFetch(http, apps, auth));
            double healthRate = run(clients, seconds, () -> send(http, health));
            double roundTrips = run(clients, seconds, () -> createAndFetch(http, apps, auth));
            System.out.printf("health:             %,10.0f requests/s%n", healthRate);
            System.out.printf("create+fetch app:   %,10.0f round trips/s (%,.0f requests/s)%n", roundTrips, roundTrips * 2);
            System.out.printf("ratio health : round trips = %.1f : 1%n", healthRate / roundTrips);
        }
    }

    interface Op { boolean run() throws Exception; }

    private static double run(int clients, int seconds, Op op) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        try {
                            if (op.run()) done.incrementAndGet(); else failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) System.out.printf("  (%d failed operations)%n", failed.get());
        return done.get() / elapsed;
    }

    private static boolean send(HttpClient http, HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static boolean createAndFetch(HttpClient http, String apps, String auth) throws Exception {
        HttpRequest create = HttpRequest.newBuilder(URI.create(apps + ".json")).header("Authorization", auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("FriendlyName=bench&VoiceUrl=https%3A%2F%2Fexample.com%2Fv")).build();
        HttpResponse<String> created = http.send(create, HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) return false;
        Matcher m = SID.matcher(created.body());
        if (!m.find()) return false;
        HttpRequest fetch = HttpRequest.newBuilder(URI.create(apps + "/" + m.group(1) + ".json")).header("Authorization", auth).build();
        return http.send(fetch, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
