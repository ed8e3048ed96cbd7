package dev.switchboard.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a user runs it: {@code java -jar switchboard-server-…-all.jar serve} in its own
 * process, on a free loopback port, a fresh data directory and a system clock, so the benchmark's
 * load generator and customer app never share its heap or its CPU accounting. Reads the process's
 * CPU time, RSS and OS thread count from {@code /proc}. {@link #close} stops it with SIGTERM.
 */
public final class PlatformProcess implements AutoCloseable {
    /** Linux clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every mainstream kernel). */
    private static final double TICKS_PER_SECOND = 100.0;

    public final String accountSid;
    public final String authToken;
    public final int port;
    private final Process process;
    private final Path log;

    private PlatformProcess(Process process, Path log, String accountSid, String authToken, int port) {
        this.process = process;
        this.log = log;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.port = port;
    }

    /**
     * Starts the platform and waits until {@code /health} answers. {@code jvmOptions} go before
     * {@code -jar}; {@code env} adds to this process's environment ({@code SWITCHBOARD_DB_URL} and
     * friends pass through unchanged, so the same run works on PostgreSQL).
     */
    public static PlatformProcess start(Path dataDir, List<String> jvmOptions, Map<String, String> env) throws Exception {
        return start(dataDir, jvmOptions, env, List.of());
    }

    /** As {@link #start(Path, List, Map)}, with {@code serveOptions} added to {@code serve}'s ({@code --sip-port …}). */
    public static PlatformProcess start(Path dataDir, List<String> jvmOptions, Map<String, String> env, List<String> serveOptions)
            throws Exception {
        String jar = System.getProperty("switchboard.jar", "switchboard-server/target/switchboard-server-0.1.0-SNAPSHOT-all.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int port = freePort();
        String sid = "AC" + "b".repeat(31) + "1";
        String token = "bench-token-" + Long.toHexString(System.nanoTime());
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar, "serve", "--http-port", Integer.toString(port), "--https-port", "-1",
                "--data-dir", dataDir.toString(), "--account-sid", sid, "--auth-token", token, "--clock", "system"));
        cmd.addAll(serveOptions);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        PlatformProcess platform = new PlatformProcess(p, log, sid, token, port);
        platform.awaitHealthy(Duration.ofSeconds(90));
        return platform;
    }

    private void awaitHealthy(Duration patience) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the platform exited at start:\n" + tail());
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the platform did not answer /health in " + patience.toSeconds() + " s:\n" + tail());
    }

    public String baseUrl() { return "http://127.0.0.1:" + port; }

    public long pid() { return process.pid(); }

    /** User plus system CPU time the platform has used so far, in milliseconds. */
    public double cpuMillis() {
        String stat = read("/proc/" + pid() + "/stat");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    /** Resident set size in bytes. */
    public long rssBytes() { return statusField("VmRSS") * 1024; }

    /** Operating-system threads of the platform (virtual threads are not among them). */
    public long osThreads() { return statusField("Threads"); }

    /**
     * Heap in use after a full collection, in bytes: {@code jcmd GC.run}, then the used figures of
     * {@code jcmd GC.heap_info}.
     */
    public long heapAfterGcBytes() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // G1: " garbage-first heap   total reserved 2097152K, committed 262144K, used 123456K"
        var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) throw new IllegalStateException("cannot read heap use from jcmd:\n" + info);
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** The top of {@code jcmd GC.class_histogram}: what the heap holds, by class. */
    public String histogram(int lines) throws Exception {
        return String.join("\n", jcmd("GC.class_histogram").lines().limit(lines + 3).toList());
    }

    /** Runs a diagnostic command in the platform ({@code jcmd <pid> <command> <args…>}); answers its output. */
    public String jcmd(String command, String... args) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> cmd = new ArrayList<>(List.of(jcmd, Long.toString(pid()), command));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private long statusField(String name) {
        for (String line : read("/proc/" + pid() + "/status").split("\n")) {
            if (line.startsWith(name + ":")) return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
        }
        throw new IllegalStateException("no " + name + " in /proc/" + pid() + "/status");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the platform logged. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public Path log() { return log; }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** SIGTERM, then waits for the shutdown (live calls ended, database closed). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
