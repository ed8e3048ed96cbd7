package dev.switchboard.bench;

import dev.switchboard.bench.support.CustomerApp;
import dev.switchboard.bench.support.LoadClient;
import dev.switchboard.bench.support.Percentiles;
import dev.switchboard.bench.support.PlatformProcess;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench sip}: inbound SIP calls end to end. sipp is the caller (UAC, UDP): INVITE with an SDP offer to
 * {@code +14155551234@bench.sip.localhost} → the platform checks the domain's IP ACL, opens an RTP port, fetches the
 * voice URL from a Jetty customer app in this process, which answers {@code <Response><Say>Hi</Say><Hangup/></Response>}
 * → 200 OK with SDP → sipp's ACK → the prompt (1 s) → the platform's BYE → sipp's 200. The ceiling, in the same run:
 * the same sipp UAC against a sipp UAS that answers 180/200 with SDP, waits 1 s after the ACK and sends the BYE.
 *
 * <p>Usage: {@code SipBench [seconds=10] [rate]}. With a rate, both sides run once at that offered rate
 * ({@code -r rate -rp 1000}, {@code rate × seconds} calls). Without, each side is ramped: 50, 100, 200, … calls/s
 * (then one step between the last clean rate and the first failing one), {@code seconds} a step, until a step fails;
 * a step is clean when every call succeeded, sipp exited 0, and sipp kept up with the offered rate. The figure of
 * each side is its highest clean rate.
 */
public final class SipBench {
    private static final String TWIML = "<Response><Say>Hi</Say><Hangup/></Response>";
    private static final String SIPP = System.getProperty("bench.sipp", "/usr/bin/sipp");
    static final int CALL_MS = 1000; // how long <Say>Hi</Say> takes on the system clock; the UAS pauses as long
    private static final int MAX_RATE = Integer.getInteger("bench.sip.maxRate", 12_800);

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Optional<Integer> fixed = args.length > 1 ? Optional.of(Integer.parseInt(args[1])) : Optional.empty();
        Path dir = Files.createTempDirectory("switchboard-sip-bench");
        Files.writeString(dir.resolve("uac.xml"), SipBenchScenarios.UAC);
        Files.writeString(dir.resolve("uas.xml"), SipBenchScenarios.UAS);
        AtomicLong webhooks = new AtomicLong();
        try (CustomerApp app = new CustomerApp(256)) {
            app.route("/voice", CustomerApp.Route.twiml(TWIML, f -> webhooks.incrementAndGet()));
            int sipPort = freeUdpAndTcpPort();
            System.out.printf("SipBench: %s, %d s a step, sipp UAC over UDP, call = INVITE(SDP) → webhook → 180/200(SDP) → ACK"
                            + " → 1 s prompt → BYE from the called side → 200; platform in its own process, JDK %s; %s%n",
                    fixed.map(r -> "fixed offered rate " + r + " calls/s").orElse("ramp"), seconds, Runtime.version(), sippVersion());
            Path jfr = dir.resolve("platform.jfr");
            List<String> jvm = new ArrayList<>(List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings="
                    + System.getProperty("bench.jfr.settings", "default")));
            PlatformProcess platform = PlatformProcess.start(dir.resolve("data"), jvm, Map.of(),
                    List.of("--sip-port", Integer.toString(sipPort), "--sip-tls-port", "-1", "--rtp-ports", "0"));
            try {
                String domain = setUpDomain(new LoadClient(platform), app.url("/voice"));
                Target toPlatform = rate -> sipp(dir, "uac.xml", "platform-" + rate, sipPort, domain, rate, seconds);
                Target toSipp = rate -> {
                    int uasPort = freeUdpAndTcpPort();
                    Process uas = startUas(dir, uasPort, rate);
                    try {
                        return sipp(dir, "uac.xml", "sipp-" + rate, uasPort, domain, rate, seconds);
                    } finally {
                        uas.destroy();
                        if (!uas.waitFor(10, TimeUnit.SECONDS)) uas.destroyForcibly();
                    }
                };
                // warm-up: the platform's JIT, connection pools and caches (a cold platform answers 100 INVITEs/s in seconds)
                for (int w : new int[] {50, Math.min(100, fixed.orElse(100))}) {
                    System.out.printf("%-16s %s%n", "warm-up:", toPlatform.run(w).describe());
                }
                webhooks.set(0);

                List<Step> sippSteps = new ArrayList<>();
                List<Step> platformSteps = new ArrayList<>();
                if (fixed.isPresent()) {
                    sippSteps.add(toSipp.run(fixed.get()));
                    System.out.printf("%-16s %s%n", "sipp → sipp:", sippSteps.getLast().describe());
                    platformSteps.add(measured(platform, toPlatform, fixed.get(), webhooks));
                    System.out.printf("%-16s %s%n", "sipp → platform:", platformSteps.getLast().describe());
                } else {
                    ramp(toSipp, sippSteps, "sipp → sipp", null, null);
                    ramp(rate -> measured(platform, toPlatform, rate, webhooks), platformSteps, "sipp → platform", platform, webhooks);
                }
                report(sippSteps, platformSteps, fixed.isPresent());
                System.out.printf("platform at the end:  RSS %,d MB, %d OS threads%n", platform.rssBytes() >> 20, platform.osThreads());
            } finally {
                platform.close();
            }
            System.out.printf("platform log: %s; JFR recording: %s; sipp files: %s%n", platform.log(), jfr, dir);
        }
    }

    interface Target {
        Step run(int rate) throws Exception;
    }

    /** One platform step with its CPU time and the webhooks the customer app saw. */
    private static Step measured(PlatformProcess platform, Target target, int rate, AtomicLong webhooks) throws Exception {
        long hooksBefore = webhooks.get();
        double cpuBefore = platform.cpuMillis();
        Step s = target.run(rate);
        Thread.sleep(500); // the last calls' BYE transactions and call records settle
        return s.withPlatform(platform.cpuMillis() - cpuBefore, webhooks.get() - hooksBefore);
    }

    private static void ramp(Target target, List<Step> steps, String name, PlatformProcess platform, AtomicLong webhooks)
            throws Exception {
        int rate = 50;
        int lastClean = 0;
        while (rate <= MAX_RATE) {
            Step s = target.run(rate);
            steps.add(s);
            System.out.printf("%-16s %s%n", name + ":", s.describe());
            if (!s.clean()) break;
            lastClean = rate;
            rate *= 2;
        }
        if (lastClean > 0 && rate <= MAX_RATE) { // one step between the last clean rate and the first failing one
            int between = (lastClean + rate) / 2;
            Thread.sleep(2000);
            Step s = target.run(between);
            steps.add(s);
            System.out.printf("%-16s %s%n", name + ":", s.describe());
        }
    }

    private static void report(List<Step> sippSteps, List<Step> platformSteps, boolean fixed) {
        Optional<Step> sipp = best(sippSteps, fixed);
        Optional<Step> plat = best(platformSteps, fixed);
        System.out.println();
        String what = fixed ? "at the offered rate" : "highest clean rate";
        System.out.printf("ceiling (sipp → sipp UAS), %s: %s%n", what, sipp.map(Step::summary).orElse("none clean"));
        System.out.printf("platform (sipp → Switchboard), %s: %s%n", what, plat.map(Step::summary).orElse("none clean"));
        if (sipp.isPresent() && plat.isPresent()) {
            double ratio = fixed ? plat.get().completedPerSecond() / sipp.get().completedPerSecond()
                    : (double) plat.get().rate / sipp.get().rate;
            System.out.printf("ratio platform / ceiling: %.2f (%s; target ≥ 0.50, stretch 0.80)%s%n", ratio,
                    fixed ? "completed calls/s" : "highest clean offered rates",
                    !fixed && sippSteps.stream().allMatch(Step::clean) ? " — the ceiling is a lower bound: sipp → sipp stayed clean up to the ramp's top" : "");
        }
        plat.ifPresent(p -> {
            System.out.printf("platform CPU:         %.2f ms per call (%.2f cores) at %d calls/s offered%n",
                    p.cpuMs / Math.max(1, p.successful), p.cpuMs / 1000 / p.wallSeconds, p.rate);
            System.out.printf("INVITE → 200 OK:      platform %s; ceiling %s%n", p.rtt.summaryMillis(),
                    sipp.map(s -> s.rtt.summaryMillis()).orElse("—"));
            System.out.printf("webhooks:             %,d for %,d successful calls%n", p.webhooks, p.successful);
        });
        Step firstFailing = platformSteps.stream().filter(s -> !s.clean()).findFirst().orElse(null);
        if (firstFailing != null) System.out.printf("platform's first failing step: %s%n", firstFailing.describe());
    }

    private static Optional<Step> best(List<Step> steps, boolean fixed) {
        if (fixed) return steps.stream().findFirst();
        return steps.stream().filter(Step::clean).max((a, b) -> Integer.compare(a.rate, b.rate));
    }

    /** A SIP domain whose voice URL is {@code voiceUrl}, with an IP ACL that lets 127.0.0.1 in. */
    private static String setUpDomain(LoadClient rest, String voiceUrl) throws Exception {
        String domain = "bench.sip.localhost";
        String sd = sid(rest.postToAccount("/SIP/Domains.json", LoadClient.form(Map.of("DomainName", domain, "VoiceUrl", voiceUrl,
                "VoiceMethod", "POST"))), "SD");
        String al = sid(rest.postToAccount("/SIP/IpAccessControlLists.json", LoadClient.form(Map.of("FriendlyName", "bench"))), "AL");
        sid(rest.postToAccount("/SIP/IpAccessControlLists/" + al + "/IpAddresses.json",
                LoadClient.form(Map.of("FriendlyName", "lo", "IpAddress", "127.0.0.1"))), "IP");
        sid(rest.postToAccount("/SIP/Domains/" + sd + "/Auth/Calls/IpAccessControlListMappings.json",
                LoadClient.form(Map.of("IpAccessControlListSid", al))), "AL");
        return domain;
    }

    private static String sid(LoadClient.Answer a, String prefix) {
        Matcher m = Pattern.compile("\"sid\"\\s*:\\s*\"(" + prefix + "[0-9a-f]{32})\"").matcher(a.body());
        if (a.status() / 100 != 2 || !m.find()) throw new IllegalStateException("REST answered " + a.status() + ": " + a.body());
        return m.group(1);
    }

    private static Process startUas(Path dir, int port, int rate) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(SIPP, "-sf", dir.resolve("uas.xml").toString(), "-t", "u1",
                "-i", "127.0.0.1", "-p", Integer.toString(port), "-mp", Integer.toString(freeUdpAndTcpPort()),
                "-nostdin", "-recv_timeout", "10000", "-max_recv_loops", "1000",
                "-trace_err", "-error_file", dir.resolve("uas-" + rate + ".errors").toString()));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("uas-" + rate + ".out").toFile()).start();
        Thread.sleep(300); // bound before the first INVITE
        return p;
    }

    /** Runs the UAC at {@code rate} for {@code seconds} against 127.0.0.1:{@code port}; waits for every call to end. */
    private static Step sipp(Path dir, String scenario, String name, int port, String domain, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        Path stat = dir.resolve(name + "_stat.csv");
        Path rtt = dir.resolve(name + "_rtt.csv");
        List<String> cmd = new ArrayList<>(List.of(SIPP, "-sf", dir.resolve(scenario).toString(), "-t", "u1",
                "-i", "127.0.0.1", "-p", Integer.toString(freeUdpAndTcpPort()), "-mp", Integer.toString(freeUdpAndTcpPort()),
                "-key", "domain", domain, "-s", "+14155551234",
                "-r", Integer.toString(rate), "-rp", "1000", "-m", Integer.toString(total),
                "-nostdin", "-recv_timeout", "10000", "-max_recv_loops", "1000",
                "-timeout", (seconds + 60) + "s", "-timeout_error",
                "-trace_stat", "-stf", stat.toString(), "-fd", "1",
                "-trace_rtt", "-rtt_freq", "100",
                "-trace_err", "-error_file", dir.resolve(name + ".errors").toString(),
                "127.0.0.1:" + port));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile()).start();
        if (!p.waitFor(seconds + 90L, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, String> last = lastStats(stat);
        long ok = num(last, "SuccessfulCall(C)");
        long failed = num(last, "FailedCall(C)");
        long retrans = num(last, "Retransmissions(C)");
        // sipp writes the rtt file next to the scenario, named after the scenario and its pid
        Path rttFile = findRtt(dir, p.pid()).orElse(rtt);
        StringBuilder kinds = new StringBuilder();
        last.forEach((k, v) -> {
            if (k.startsWith("Failed") && k.endsWith("(C)") && !k.equals("FailedCall(C)") && num(last, k) > 0) {
                kinds.append(kinds.isEmpty() ? "" : ", ").append(k, "Failed".length(), k.length() - 3).append(' ').append(num(last, k));
            }
        });
        return new Step(name, rate, total, p.isAlive() ? -1 : p.exitValue(), ok, failed, kinds.toString(), retrans, wall, seconds,
                num(last, "CallLength(C)") , readRtt(rttFile), 0, 0);
    }

    private static Optional<Path> findRtt(Path dir, long pid) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("_" + pid + "_rtt.csv")).findFirst();
        }
    }

    /** The last line of sipp's statistics file ({@code -trace_stat}), by column name. */
    private static Map<String, String> lastStats(Path stat) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(stat)) return out;
        List<String> lines = Files.readAllLines(stat).stream().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) return out;
        String[] head = lines.getFirst().split(";");
        String[] vals = lines.getLast().split(";");
        for (int i = 0; i < Math.min(head.length, vals.length); i++) out.put(head[i], vals[i]);
        return out;
    }

    private static long num(Map<String, String> stats, String column) {
        String v = stats.get(column);
        if (v == null || v.isBlank()) return -1;
        v = v.trim();
        try {
            if (v.contains(":")) { // CallLength is HH:MM:SS:mmm…
                String[] t = v.split(":");
                return Long.parseLong(t[0]) * 3_600_000 + Long.parseLong(t[1]) * 60_000 + Long.parseLong(t[2]) * 1000
                        + Long.parseLong(t[3].replaceAll("[^0-9].*", "").substring(0, Math.min(3, t[3].length())));
            }
            return (long) Double.parseDouble(v);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** sipp's {@code -trace_rtt} file: {@code date_ms;response_time_ms;rtd_no}, INVITE sent → 200 received. */
    private static Percentiles readRtt(Path rtt) throws IOException {
        List<Long> micros = new ArrayList<>();
        if (Files.exists(rtt)) {
            for (String line : Files.readAllLines(rtt)) {
                String[] f = line.split(";");
                if (f.length < 3) continue;
                try {
                    micros.add((long) (Double.parseDouble(f[1]) * 1000));
                } catch (NumberFormatException header) {
                    // the header line
                }
            }
        }
        return new Percentiles(micros.stream().mapToLong(Long::longValue).toArray());
    }

    private static String sippVersion() {
        try {
            Process p = new ProcessBuilder(SIPP, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = Pattern.compile("SIPp v?[0-9.]+[^,\\s]*").matcher(out);
            return m.find() ? m.group() : "sipp";
        } catch (Exception e) {
            return "sipp ?";
        }
    }

    /** One run of the UAC at one offered rate. */
    record Step(String name, int rate, int total, int exit, long successful, long failed, String failureKinds, long retransmissions, double wallSeconds,
            int seconds, long callLengthMs, Percentiles rtt, double cpuMs, long webhooks) {
        /** Every call succeeded, sipp said so, and it kept up: the calls took no longer than the offered rate allows plus slack. */
        boolean clean() {
            return exit == 0 && failed == 0 && successful == total && wallSeconds <= seconds * 1.1 + CALL_MS / 1000.0 + 3;
        }

        /** Calls completed per second over the time it took to start them (the run minus one call's length). */
        double completedPerSecond() {
            return successful / Math.max(0.001, wallSeconds - Math.max(0, callLengthMs) / 1000.0);
        }

        Step withPlatform(double cpu, long hooks) {
            return new Step(name, rate, total, exit, successful, failed, failureKinds, retransmissions, wallSeconds, seconds, callLengthMs, rtt, cpu, hooks);
        }

        String summary() {
            return "%,d calls/s offered, %,.0f completed/s, %,d calls, %d failed, exit %d".formatted(rate, completedPerSecond(), successful,
                    failed, exit);
        }

        String describe() {
            return "%5d/s offered: %s, %,d ok, %,d failed%s, %,d retransmissions, exit %d, %.1f s, call length %d ms, INVITE→200 %s%s%s"
                    .formatted(rate, clean() ? "clean " : "FAILED", successful, failed, failureKinds.isEmpty() ? "" : " (" + failureKinds + ")",
                            retransmissions, exit, wallSeconds, callLengthMs,
                            rtt.summaryMillis(), cpuMs > 0 ? ", platform %.2f ms CPU/call".formatted(cpuMs / Math.max(1, successful)) : "",
                            webhooks > 0 ? ", %,d webhooks".formatted(webhooks) : "");
        }
    }

    /** A port free for both UDP and TCP on loopback (sipp and the platform bind both). */
    static int freeUdpAndTcpPort() {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException busy) {
                    // try another
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no port free for UDP and TCP");
    }
}
