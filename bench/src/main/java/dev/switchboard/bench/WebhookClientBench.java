package dev.switchboard.bench;

import dev.switchboard.bench.support.ClosedLoop;
import dev.switchboard.bench.support.CustomerApp;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.server.webhook.HttpWebhookClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench webhooks}: the webhook client alone. A Jetty customer app (this process) answers a
 * TwiML POST; the client runs in a child JVM of its own, {@code inFlight} virtual threads each
 * fetching as fast as answers come, and reports fetches per second and its own process CPU per fetch
 * (OperatingSystemMXBean), so the client's cost is measured apart from the server's. Each jar named
 * is run in turn, {@code rounds} times, so two builds of the client compare back to back on the same
 * load. Usage: {@code WebhookClientBench seconds inFlight rounds JAR...}.
 */
public final class WebhookClientBench {
    static final String TWIML = "<Response><Say>Hi</Say><Hangup/></Response>";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("client")) {
            client(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int seconds = Integer.parseInt(args[0]);
        int inFlight = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        try (CustomerApp app = new CustomerApp(64)) {
            app.route("/voice", CustomerApp.Route.twiml(TWIML, f -> {}));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classes = WebhookClientBench.class.getProtectionDomain().getCodeSource().getLocation().getPath();
            for (int r = 0; r < rounds; r++) {
                for (int j = 3; j < args.length; j++) {
                    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classes + ":" + args[j],
                            WebhookClientBench.class.getName(), "client", app.url("/voice"),
                            Integer.toString(seconds), Integer.toString(inFlight)));
                    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes()).strip();
                    p.waitFor();
                    System.out.printf("%s  %s%n", Path.of(args[j]).getFileName(), out);
                }
            }
        }
    }

    static void client(String url, int seconds, int inFlight) throws Exception {
        FormParams params = FormParams.of("AccountSid", "AC" + "b".repeat(32), "ApiVersion", "2010-04-01",
                "CallSid", "CA0123456789abcdef0123456789abcdef", "CallStatus", "in-progress", "Called", "+15005550001",
                "CalledCity", "", "CalledCountry", "US", "CalledState", "", "CalledZip", "", "Caller", "+15005550002",
                "CallerCity", "", "CallerCountry", "US", "CallerState", "", "CallerZip", "", "Direction", "outbound-api",
                "From", "+15005550002", "FromCity", "", "FromCountry", "US", "FromState", "", "FromZip", "",
                "To", "+15005550001", "ToCity", "", "ToCountry", "US", "ToState", "", "ToZip", "");
        WebhookRequest request = WebhookRequest.twiml(url, WebhookMethod.POST, params, "bench-token");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong ok = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        try (HttpWebhookClient client = new HttpWebhookClient()) {
            ClosedLoop.Op op = () -> {
                WebhookResult result = client.fetch(request);
                (result instanceof WebhookResponse ? ok : bad).incrementAndGet();
            };
            ClosedLoop.run(inFlight, Duration.ofSeconds(Math.max(3, seconds / 2)), op); // warm-up
            ok.set(0);
            long cpu0 = os.getProcessCpuTime();
            double ran = ClosedLoop.run(inFlight, Duration.ofSeconds(seconds), op);
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf("%,.0f fetches/s, %.3f ms client CPU per fetch (%.2f cores), %d failed, %d in flight%n",
                    ok.get() / ran, cpu / 1e6 / Math.max(1, ok.get()), cpu / 1e9 / ran, bad.get(), inFlight);
        }
    }
}
