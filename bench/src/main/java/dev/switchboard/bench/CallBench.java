package dev.switchboard.bench;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.server.app.Switchboard;
import dev.switchboard.server.config.BootstrapConfig;
import dev.switchboard.server.config.CallConfig;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.DatabaseConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Call engine throughput on virtual time: {@code calls} REST-created calls, each fetching TwiML
 * (Say, a 30 s Pause, Gather with a 5 s timeout, Say) from a local customer app and reporting
 * {@code completed} to a status callback, all at once. Prints calls completed per wall second,
 * webhook requests per second, and the heap in use after the run.
 * Usage: {@code CallBench [calls=2000]}.
 */
public final class CallBench {
    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("switchboard-callbench");
        String sid = Sids.next(SidPrefix.ACCOUNT);
        String token = Sids.secret();
        CountDownLatch completed = new CountDownLatch(calls);
        AtomicInteger requests = new AtomicInteger();
        HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        app.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        byte[] twiml = ("<Response><Say>Hello from the benchmark</Say><Pause length=\"30\"/>"
                + "<Gather timeout=\"5\"><Say>Press a key</Say></Gather><Say>Goodbye</Say></Response>").getBytes(StandardCharsets.UTF_8);
        app.createContext("/voice", ex -> {
            requests.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "text/xml");
            ex.sendResponseHeaders(200, twiml.length);
            ex.getResponseBody().write(twiml);
            ex.close();
        });
        app.createContext("/status", ex -> {
            requests.incrementAndGet();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("CallStatus=completed")) completed.countDown();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        app.start();
        String appUrl = "http://127.0.0.1:" + app.getAddress().getPort();
        ServerConfig config = new ServerConfig(new HttpConfig("127.0.0.1", 0, "", HttpConfig.DEFAULT_MAX_REQUEST_BYTES),
                dir, DatabaseConfig.embeddedH2(dir), new BootstrapConfig(Optional.of(sid), Optional.of(token)),
                new CallConfig(CallConfig.ClockMode.VIRTUAL, 0));
        try (Switchboard sb = new Switchboard(config, Clock.systemUTC()).start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
            String form = "To=%2B15005550001&From=%2B15005550002&Url=" + URLEncoder.encode(appUrl + "/voice", StandardCharsets.UTF_8)
                    + "&StatusCallback=" + URLEncoder.encode(appUrl + "/status", StandardCharsets.UTF_8);
            HttpRequest create = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sb.port() + "/2010-04-01/Accounts/" + sid + "/Calls.json"))
                    .header("Authorization", auth).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            System.out.printf("CallBench: %d calls on virtual time (Say, Pause 30 s, Gather 5 s, Say), JDK %s%n", calls, Runtime.version());
            long start = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var sem = new java.util.concurrent.Semaphore(32);
                for (int i = 0; i < calls; i++) {
                    sem.acquire();
                    pool.submit(() -> {
                        try {
                            HttpResponse<String> r = http.send(create, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201) System.err.println("create failed: " + r.body());
                        } finally {
                            sem.release();
                        }
                        return null;
                    });
                }
            }
            double created = (System.nanoTime() - start) / 1e9;
            completed.await();
            double total = (System.nanoTime() - start) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf("created:            %,d calls in %.1f s (%,.0f creates/s)%n", calls, created, calls / created);
            System.out.printf("completed:          %,d calls in %.1f s wall (%,.0f calls/s; each call is 40+ s of call time)%n",
                    calls, total, calls / total);
            System.out.printf("webhook requests:   %,d (%,.0f/s)%n", requests.get(), requests.get() / total);
            System.out.printf("heap in use after:  %d MB%n", usedMb);
        } finally {
            app.stop(0);
        }
    }
}
