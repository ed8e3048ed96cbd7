package dev.switchboard.bench;

import dev.switchboard.bench.support.CustomerApp;
import dev.switchboard.bench.support.LoadClient;
import dev.switchboard.bench.support.Percentiles;
import dev.switchboard.bench.support.PlatformProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench live}: many calls held at once. The platform runs in its own process; {@code calls}
 * REST creates are offered at {@code rate} per second, each call's webhook answers
 * {@code <Pause length="600"/>}; once every call has fetched its TwiML the platform's heap (after a
 * full GC), RSS and OS threads are read, then every call is hung up with REST
 * {@code Status=completed} at the same rate. Checks: every create 201, every call reaches its
 * webhook, none ends early, every hang-up 2xx, exactly one {@code completed} callback per call.
 * Usage: {@code LiveBench [calls=10000] [rate=500]}.
 */
public final class LiveBench {
    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("switchboard-live-bench");
        Map<String, Integer> fetched = new ConcurrentHashMap<>();
        Map<String, Integer> completedCallbacks = new ConcurrentHashMap<>();
        Map<String, Long> completedAt = new ConcurrentHashMap<>();
        AtomicInteger earlyEnds = new AtomicInteger();
        Map<String, Boolean> hungUp = new ConcurrentHashMap<>();
        try (CustomerApp app = new CustomerApp(256)) {
            app.route("/park", CustomerApp.Route.twiml("<Response><Pause length=\"600\"/></Response>",
                    f -> fetched.merge(f.get("CallSid"), 1, Integer::sum)));
            app.route("/status", CustomerApp.Route.empty(f -> {
                if (!"completed".equals(f.get("CallStatus"))) return;
                String sid = f.get("CallSid");
                completedCallbacks.merge(sid, 1, Integer::sum);
                completedAt.putIfAbsent(sid, System.nanoTime());
                if (!hungUp.containsKey(sid)) earlyEnds.incrementAndGet();
            }));
            System.out.printf("LiveBench: %,d calls offered at %d/s, each parked in <Pause length=\"600\"/>, platform in its own process, JDK %s%n",
                    calls, rate, Runtime.version());
            PlatformProcess platform = PlatformProcess.start(dir.resolve("data"), List.of(), Map.of());
            LoadClient load = new LoadClient(platform);
            String form = LoadClient.form(Map.of("To", "+15005550001", "From", "+15005550002", "Url", app.url("/park"),
                    "StatusCallback", app.url("/status")));
            long heapBefore = platform.heapAfterGcBytes();
            String oldObjects = System.getenv("BENCH_OLD_OBJECTS"); // a JFR file: what holds the live calls' heap
            if (oldObjects != null) platform.jcmd("JFR.start", "name=old", "settings=profile", "path-to-gc-roots=true");
            long rssBefore = platform.rssBytes();

            ConcurrentLinkedQueue<String> sids = new ConcurrentLinkedQueue<>();
            AtomicInteger createFailures = new AtomicInteger();
            long t0 = System.nanoTime();
            Paced.run(calls, rate, i -> {
                LoadClient.Answer a = load.createCall(form);
                if (a.status() == 201) sids.add(a.callSid());
                else if (createFailures.incrementAndGet() <= 3) System.err.println("create answered " + a.status() + ": " + a.body());
            });
            double createSeconds = (System.nanoTime() - t0) / 1e9;
            List<String> all = new ArrayList<>(sids);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (fetched.size() < all.size() && System.nanoTime() < deadline) Thread.sleep(100);
            int reached = (int) all.stream().filter(fetched::containsKey).count();
            long heapLive = platform.heapAfterGcBytes();
            long rssLive = platform.rssBytes();
            long threads = platform.osThreads();
            if (System.getenv("BENCH_HISTOGRAM") != null) System.out.println(platform.histogram(30));
            if (oldObjects != null) platform.jcmd("JFR.dump", "name=old", "filename=" + oldObjects, "path-to-gc-roots=true");

            ConcurrentLinkedQueue<Long> hangupMicros = new ConcurrentLinkedQueue<>();
            Map<String, Long> hangupSent = new ConcurrentHashMap<>();
            AtomicInteger hangupFailures = new AtomicInteger();
            Paced.run(all.size(), rate, i -> {
                String sid = all.get(i);
                hungUp.put(sid, true);
                long s = System.nanoTime();
                hangupSent.put(sid, s);
                LoadClient.Answer a = load.updateCall(sid, "Status=completed");
                hangupMicros.add((System.nanoTime() - s) / 1000);
                if (a.status() / 100 != 2 && hangupFailures.incrementAndGet() <= 3)
                    System.err.println("hang-up answered " + a.status() + ": " + a.body());
            });
            deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (completedCallbacks.size() < all.size() && System.nanoTime() < deadline) Thread.sleep(100);
            Thread.sleep(1000); // a duplicate callback would arrive now
            platform.close();

            long exactlyOnce = all.stream().filter(s -> completedCallbacks.getOrDefault(s, 0) == 1).count();
            long duplicates = all.stream().filter(s -> completedCallbacks.getOrDefault(s, 0) > 1).count();
            long[] toCallback = all.stream().filter(completedAt::containsKey)
                    .mapToLong(s -> (completedAt.get(s) - hangupSent.get(s)) / 1000).toArray();
            int live = all.size();
            System.out.printf("creates:              %,d answered 201 of %,d offered in %.1f s (%,.0f/s), %d refused or failed%n",
                    live, calls, createSeconds, calls / createSeconds, createFailures.get());
            System.out.printf("reached the webhook:  %,d of %,d; ended before the hang-up: %d%n", reached, live, earlyEnds.get());
            System.out.printf("heap per live call:   %.1f KB (%,d MB with %,d live, %,d MB idle; target ≤ 32 KB)%n",
                    (heapLive - heapBefore) / 1024.0 / Math.max(1, live), heapLive >> 20, live, heapBefore >> 20);
            System.out.printf("RSS per live call:    %.1f KB (%,d MB live, %,d MB idle)%n",
                    (rssLive - rssBefore) / 1024.0 / Math.max(1, live), rssLive >> 20, rssBefore >> 20);
            System.out.printf("OS threads:           %d with %,d calls live%n", threads, live);
            System.out.printf("hang-ups:             %,d sent, %d not 2xx; REST answer %s%n", live, hangupFailures.get(),
                    new Percentiles(hangupMicros.stream().mapToLong(Long::longValue).toArray()).summaryMillis());
            System.out.printf("hang-up → completed:  %s%n", new Percentiles(toCallback).summaryMillis());
            System.out.printf("completed callbacks:  %,d calls exactly once, %d more than once, %d none%n", exactlyOnce, duplicates,
                    live - exactlyOnce - duplicates);
            boolean ok = createFailures.get() == 0 && reached == live && earlyEnds.get() == 0 && hangupFailures.get() == 0
                    && exactlyOnce == live;
            System.out.printf("failures:             %s%n", ok ? "0" : "SOME (see above)");
        }
    }

    /**
     * Offers {@code count} operations at {@code perSecond}, at most 64 in flight, on virtual threads. The cap
     * keeps the load generator to about 64 keep-alive connections: the platform holds ~110 KB of Jetty
     * parser state per open connection, which would otherwise be counted as heap per call.
     */
    static final class Paced {
        interface Op { void run(int i) throws Exception; }

        static void run(int count, int perSecond, Op op) throws InterruptedException {
            Semaphore inFlight = new Semaphore(64);
            long start = System.nanoTime();
            long interval = 1_000_000_000L / perSecond;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < count; i++) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    inFlight.acquire();
                    int n = i;
                    pool.submit(() -> {
                        try {
                            op.run(n);
                        } catch (Exception e) {
                            System.err.println("request failed: " + e);
                        } finally {
                            inFlight.release();
                        }
                        return null;
                    });
                }
            }
        }
    }
}
