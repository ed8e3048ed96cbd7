package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.it.support.LocalTwilioHttpClient;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while calls complete, then a restart on the same data directory: every call whose
 * {@code completed} callback the app received is in the store, completed, with its duration; every
 * call in flight at the kill is closed out at the restart with a final status and gets its
 * {@code completed} callback then, as does a call whose final status was stored just before the
 * kill but whose callback had not been sent. The platform runs in its own JVM so it can really be killed.
 */
class CrashRecoveryIT {
    private static final Set<String> FINAL = Set.of("completed", "failed", "busy", "no-answer", "canceled");
    @TempDir Path dir;

    @Test
    void aKilledPlatformLosesNoCompletedCallAndClosesOutTheOthersAtRestart() throws Exception {
        String sid = Sids.next(SidPrefix.ACCOUNT);
        String token = Sids.secret();
        Map<String, List<String>> completedBy = new ConcurrentHashMap<>(); // CallSid → which run sent completed
        AtomicBoolean secondRun = new AtomicBoolean();
        try (ScriptedWebhookServer app = ScriptedWebhookServer.start()) {
            app.setDefault("/short", ScriptedResponse.twiml("<Response><Say>Hi</Say><Hangup/></Response>"));
            app.setDefault("/long", ScriptedResponse.twiml("<Response><Pause length=\"600\"/></Response>"));
            app.setDefault("/status", ScriptedResponse.status(204));
            Thread collector = Thread.ofVirtual().start(() -> collect(app, completedBy, secondRun));

            int port = freePort();
            List<String> created = new ArrayList<>();
            Process first = start(dir, port, sid, token);
            try {
                TwilioRestClient c = client(port, sid, token);
                for (int i = 0; i < 8; i++) created.add(create(c, app, "/long"));
                // short calls complete about a second after their create; kill while they do
                long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<java.util.concurrent.Future<List<String>>> loops = new ArrayList<>();
                    for (int w = 0; w < 4; w++) {
                        loops.add(pool.submit(() -> {
                            List<String> mine = new ArrayList<>();
                            while (System.nanoTime() < until) mine.add(create(c, app, "/short"));
                            return mine;
                        }));
                    }
                    for (var f : loops) created.addAll(f.get());
                }
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> completedBy.size() >= 10);
            } finally {
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no last flush
                first.waitFor(30, TimeUnit.SECONDS);
            }
            Set<String> completedBeforeKill = Set.copyOf(completedBy.keySet());
            secondRun.set(true);
            assertThat(completedBeforeKill).as("some calls completed before the kill").isNotEmpty();
            assertThat(created.size()).as("some calls were still in flight at the kill").isGreaterThan(completedBeforeKill.size());

            Process second = start(dir, port, sid, token);
            try {
                TwilioRestClient c = client(port, sid, token);
                for (String callSid : completedBeforeKill) {
                    Call call = Call.fetcher(callSid).fetch(c);
                    assertThat(call.getStatus()).as(callSid).isEqualTo(Call.Status.COMPLETED);
                    assertThat(call.getDuration()).as(callSid + " duration").isNotNull();
                    assertThat(call.getEndTime()).as(callSid + " end time").isNotNull();
                }
                List<String> inFlight = created.stream().filter(s -> !completedBeforeKill.contains(s)).toList();
                for (String callSid : inFlight) {
                    Call call = Call.fetcher(callSid).fetch(c);
                    assertThat(call.getStatus()).as(callSid).isIn(Call.Status.COMPLETED, Call.Status.FAILED);
                    assertThat(call.getEndTime()).as(callSid + " end time").isNotNull();
                }
                Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(completedBy.keySet()).containsAll(inFlight));
                Thread.sleep(500); // a second callback for any call would arrive by now
                // at least once: a callback the app got just before the kill, whose sending the store had not
                // recorded yet, is sent again by the restart (same CallSid and CallStatus, for the app to
                // drop); never twice by one run
                for (String callSid : created) {
                    assertThat(completedBy.get(callSid)).as("completed callbacks of " + callSid)
                            .isIn(List.of("first"), List.of("second"), List.of("first", "second"));
                }
                for (int i = 0; i < 8; i++) { // answered and parked: completed, timed up to their last recorded activity
                    Call parked = Call.fetcher(created.get(i)).fetch(c);
                    assertThat(parked.getStatus()).isEqualTo(Call.Status.COMPLETED);
                    assertThat(Integer.parseInt(parked.getDuration())).isGreaterThanOrEqualTo(0);
                    assertThat(parked.getEndTime()).isAfterOrEqualTo(parked.getStartTime());
                }
            } finally {
                collector.interrupt();
                assertThat(stop(second)).as("the restarted platform stops on SIGTERM by itself").isTrue();
            }
        }
    }

    private static void collect(ScriptedWebhookServer app, Map<String, List<String>> completedBy, AtomicBoolean secondRun) {
        while (!Thread.currentThread().isInterrupted()) {
            Optional<RecordedRequest> r;
            try {
                r = app.pollRequest(Duration.ofMillis(200));
            } catch (RuntimeException e) {
                return;
            }
            // the completed event carries the final status: completed, or failed for a call never answered
            r.filter(q -> q.path().equals("/status") && FINAL.contains(q.form().get("CallStatus").orElse("")))
                    .ifPresent(q -> completedBy.computeIfAbsent(q.form().get("CallSid").orElseThrow(),
                            k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(secondRun.get() ? "second" : "first"));
        }
    }

    /**
     * SIGTERM; answers whether the process stopped by itself within 30 s. If not it is killed, so no
     * process outlives the test's data directory.
     */
    private static boolean stop(Process p) throws InterruptedException {
        p.destroy();
        if (p.waitFor(30, TimeUnit.SECONDS)) return true;
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    private static String create(TwilioRestClient c, ScriptedWebhookServer app, String path) {
        return Call.creator(new PhoneNumber("+15005550101"), new PhoneNumber("+15005550100"), URI.create(app.url(path)))
                .setStatusCallback(URI.create(app.url("/status"))).create(c).getSid();
    }

    private static TwilioRestClient client(int port, String sid, String token) {
        return new TwilioRestClient.Builder(sid, token).accountSid(sid)
                .httpClient(new LocalTwilioHttpClient("http://127.0.0.1:" + port)).build();
    }

    /** {@code serve} in a JVM of its own, on this test's class path; waits for {@code /health}. */
    private static Process start(Path dataDir, int port, String sid, String token) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.switchboard.server.cli.SwitchboardCli", "serve", "--http-port", Integer.toString(port),
                "--https-port", "-1", "--data-dir", dataDir.resolve("data").toString(), "--account-sid", sid,
                "--auth-token", token, "--clock", "system")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("platform-" + System.nanoTime() + ".log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
            if (!p.isAlive()) throw new AssertionError("the platform exited at start");
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
