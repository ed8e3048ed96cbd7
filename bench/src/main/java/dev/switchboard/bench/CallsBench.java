package dev.switchboard.bench;

import dev.switchboard.bench.support.ClosedLoop;
import dev.switchboard.bench.support.CustomerApp;
import dev.switchboard.bench.support.EngineSteps;
import dev.switchboard.bench.support.LoadClient;
import dev.switchboard.bench.support.Percentiles;
import dev.switchboard.bench.support.PlatformProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench calls}: a simple call end to end on the system clock, as a user's app sees it. The
 * platform runs as its own process ({@code serve}); a Jetty customer app answers {@code /voice}
 * with {@code <Say>Hi</Say><Hangup/>} and takes the {@code completed} status callback; the load
 * generator creates calls over the REST API with {@code inFlight} requests at once. In the same run
 * it measures the loopback ceiling (the same client against a no-op endpoint of the customer app's
 * server) and the engine's own time per webhook step (a JFR event the platform emits, read from its
 * recording after it stops). Usage: {@code CallsBench [seconds=15] [inFlight=64]}.
 */
public final class CallsBench {
    private static final String SIMPLE = "<Response><Say>Hi</Say><Hangup/></Response>";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path dir = Files.createTempDirectory("switchboard-calls-bench");
        Path jfr = dir.resolve("platform.jfr");
        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<String, Long> completed = new ConcurrentHashMap<>();
        AtomicLong completedCount = new AtomicLong();
        try (CustomerApp app = new CustomerApp(256)) {
            app.route("/voice", CustomerApp.Route.twiml(SIMPLE, f -> {}));
            app.route("/step1", CustomerApp.Route.twiml("<Response><Redirect>/step2</Redirect></Response>", f -> {}));
            app.route("/step2", CustomerApp.Route.twiml("<Response><Hangup/></Response>", f -> {}));
            app.route("/status", CustomerApp.Route.empty(form -> {
                if ("completed".equals(form.get("CallStatus"))) {
                    completed.putIfAbsent(form.get("CallSid"), System.nanoTime());
                    completedCount.incrementAndGet();
                }
            }));
            List<String> jvm = new ArrayList<>(List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings="
                    + System.getProperty("bench.jfr.settings", "default")));
            String db = System.getenv().getOrDefault("SWITCHBOARD_DB_URL", "");
            System.out.printf("CallsBench: %d s measured, %d creates in flight, system clock, %s, platform in its own process, JDK %s%n",
                    seconds, inFlight, db.isBlank() ? "embedded H2" : "PostgreSQL " + db, Runtime.version());
            PlatformProcess platform = PlatformProcess.start(dir.resolve("data"), jvm, Map.of());
            LoadClient load = new LoadClient(platform);
            String simple = LoadClient.form(Map.of("To", "+15005550001", "From", "+15005550002", "Url", app.url("/voice"),
                    "StatusCallback", app.url("/status")));
            String steps = LoadClient.form(Map.of("To", "+15005550001", "From", "+15005550002", "Url", app.url("/step1"),
                    "StatusCallback", app.url("/status")));

            load.ceiling(app.url("/noop"), inFlight, Duration.ofSeconds(3)); // warm-up
            double ceiling = load.ceiling(app.url("/noop"), inFlight, Duration.ofSeconds(Math.max(3, seconds / 2)));
            Phase warm = run(load, simple, inFlight, Duration.ofSeconds(Math.max(3, seconds / 3)), created);
            awaitAll(warm.sids, completed, Duration.ofSeconds(60));

            long before = completedCount.get();
            long measuredFrom = System.currentTimeMillis();
            double cpuBefore = platform.cpuMillis();
            Phase measured = run(load, simple, inFlight, Duration.ofSeconds(seconds), created);
            long inWindow = completedCount.get() - before;
            double cpuMs = platform.cpuMillis() - cpuBefore;
            long measuredTo = System.currentTimeMillis();
            int missing = awaitAll(measured.sids, completed, Duration.ofSeconds(60));
            long stepsFrom = System.currentTimeMillis();
            Phase stepPhase = run(load, steps, Math.max(1, inFlight / 8), Duration.ofSeconds(Math.max(3, seconds / 3)), created);
            int stepMissing = awaitAll(stepPhase.sids, completed, Duration.ofSeconds(60));
            long rss = platform.rssBytes();
            long threads = platform.osThreads();
            platform.close();

            List<Long> e2e = new ArrayList<>();
            for (String sid : measured.sids) {
                Long c = completed.get(sid);
                if (c != null) e2e.add((c - created.get(sid)) / 1000);
            }
            double callsPerSecond = inWindow / measured.seconds;
            double perCeiling = ceiling / 3;
            System.out.printf("loopback ceiling:     %,.0f requests/s (no-op POST, %d in flight) → %,.0f calls/s at 3 exchanges a call%n",
                    ceiling, inFlight, perCeiling);
            System.out.printf("calls:                %,.0f completed calls/s over %.1f s (%,d created, %,d failed creates, %,d without a completed callback)%n",
                    callsPerSecond, measured.seconds, measured.sids.size(), measured.failed.get(), missing);
            System.out.printf("ratio to ceiling ÷ 3: %.2f (target ≥ 0.50)%n", callsPerSecond / perCeiling);
            System.out.printf("target 1,000 calls/s: %s%n", callsPerSecond >= 1000 ? "met" : "NOT met");
            System.out.printf("create latency:       %s%n", new Percentiles(toArray(measured.createMicros)).summaryMillis());
            System.out.printf("create → completed:   %s (the call's Say takes 1 s)%n", new Percentiles(toArray(e2e)).summaryMillis());
            System.out.printf("platform CPU:         %.2f ms per call (%.2f cores)%n", cpuMs / Math.max(1, inWindow),
                    cpuMs / 1000 / measured.seconds);
            Optional<Percentiles> step = EngineSteps.read(jfr, stepsFrom, false);
            Optional<Percentiles> last = EngineSteps.read(jfr, stepsFrom, true);
            System.out.printf("engine time per step: TwiML → next request %s (target p99 ≤ 2 ms)%n",
                    step.map(Percentiles::summaryMillis).orElse("no samples"));
            System.out.printf("                      TwiML → completed callback %s (includes waiting until the call is durable)%n",
                    last.map(Percentiles::summaryMillis).orElse("no samples"));
            System.out.printf("                      on %,d Redirect→Hangup calls, %d in flight, %d without a callback%n",
                    stepPhase.sids.size(), Math.max(1, inFlight / 8), stepMissing);
            EngineSteps.commits(jfr, measuredFrom, measuredTo).ifPresentOrElse(c -> System.out.printf(
                    "group commit:         %,d transactions, %.1f writes each (largest %d); commit time %s%n",
                    c.transactions(), (double) c.writes() / c.transactions(), c.largest(), c.durations().summaryMillis()),
                    () -> System.out.println("group commit:         no events (a platform without group commit)"));
            System.out.printf("platform at the end:  RSS %,d MB, %d OS threads%n", rss >> 20, threads);
            System.out.printf("platform log: %s; JFR recording: %s%n", platform.log(), jfr);
        }
    }

    /** What one load phase did. */
    record Phase(List<String> sids, ConcurrentLinkedQueue<Long> createMicros, AtomicLong failed, double seconds) {}

    static Phase run(LoadClient load, String form, int inFlight, Duration duration, Map<String, Long> created)
            throws InterruptedException {
        ConcurrentLinkedQueue<String> sids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failed = new AtomicLong();
        double seconds = ClosedLoop.run(inFlight, duration, () -> {
            long t0 = System.nanoTime();
            try {
                LoadClient.Answer a = load.createCall(form);
                long t1 = System.nanoTime();
                if (a.status() != 201) {
                    if (failed.incrementAndGet() <= 3) System.err.println("create answered " + a.status() + ": " + a.body());
                    return;
                }
                String sid = a.callSid();
                created.put(sid, t0);
                sids.add(sid);
                latencies.add((t1 - t0) / 1000);
            } catch (Exception e) {
                if (failed.incrementAndGet() <= 3) System.err.println("create failed: " + e);
            }
        });
        return new Phase(new ArrayList<>(sids), latencies, failed, seconds);
    }

    /** Waits until every call has its completed callback; answers how many still had none at the deadline. */
    static int awaitAll(List<String> sids, Map<String, Long> completed, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            int missing = 0;
            for (String s : sids) if (!completed.containsKey(s)) missing++;
            if (missing == 0 || System.nanoTime() > deadline) return missing;
            Thread.sleep(50);
        }
    }

    static long[] toArray(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
