package dev.switchboard.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * sipp (Debian {@code sip-tester}) as a real SIP peer: runs a scenario (XML text) against a target, on loopback
 * and a free port of its own, and answers its exit code and message trace. Tests are skipped when sipp is not
 * installed, unless {@code SWITCHBOARD_REQUIRE_SIPP=1} (CI), where a missing sipp fails them.
 */
public final class Sipp {
    public static final Path BINARY = Path.of("/usr/bin/sipp");

    private final Path dir;
    private final List<String> args = new ArrayList<>();
    private String name = "scenario";

    private Sipp(Path dir) {
        this.dir = dir;
    }

    /** Skips (or, with SWITCHBOARD_REQUIRE_SIPP=1, fails) the test when sipp is missing. */
    public static void assumePresent() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "1".equals(System.getenv("SWITCHBOARD_REQUIRE_SIPP"))) {
            org.junit.jupiter.api.Assertions.fail("sipp is required (SWITCHBOARD_REQUIRE_SIPP=1) but " + BINARY + " is missing");
        }
        assumeTrue(present, "sipp not installed (apt-get install sip-tester)");
    }

    public static Sipp in(Path dir) { return new Sipp(dir); }

    public Sipp named(String n) { this.name = n; return this; }

    /** {@code -key name value}: {@code [name]} in the scenario. */
    public Sipp key(String k, String v) { args.add("-key"); args.add(k); args.add(v); return this; }

    public Sipp keys(Map<String, String> kv) { kv.forEach(this::key); return this; }

    /** Digest credentials for {@code [authentication]}. */
    public Sipp auth(String user, String password) { args.add("-au"); args.add(user); args.add("-ap"); args.add(password); return this; }

    public Sipp arg(String... more) { args.addAll(List.of(more)); return this; }

    /** Runs {@code scenario} once against {@code 127.0.0.1:port} over {@code transport} ({@code u1} UDP, {@code t1} TCP). */
    public Result call(String scenario, int port, String transport) {
        return run(scenario, List.of("-m", "1", "127.0.0.1:" + port), transport);
    }

    /** Runs {@code scenario} as a server (a UAS waiting for calls), in the background. */
    public Running serve(String scenario, String transport, int calls) {
        try {
            Path file = write(scenario);
            int port = freeUdpAndTcpPort();
            List<String> cmd = command(file, transport, port);
            cmd.addAll(List.of("-m", Integer.toString(calls)));
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".out").toFile()).start();
            return new Running(p, port, dir.resolve(name + ".messages"), dir.resolve(name + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(String scenario, List<String> tail, String transport) {
        try {
            Path file = write(scenario);
            List<String> cmd = command(file, transport, freeUdpAndTcpPort());
            cmd.addAll(tail);
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".out").toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("sipp did not finish in 60 s: " + read(dir.resolve(name + ".out")));
            }
            return new Result(p.exitValue(), read(dir.resolve(name + ".out")), read(dir.resolve(name + ".messages")),
                    read(dir.resolve(name + ".errors")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path write(String scenario) throws IOException {
        Path file = dir.resolve(name + ".xml");
        Files.writeString(file, scenario);
        return file;
    }

    private List<String> command(Path file, String transport, int localPort) {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "-sf", file.toString(), "-t", transport,
                "-i", "127.0.0.1", "-p", Integer.toString(localPort), "-mp", Integer.toString(freeUdpAndTcpPort()),
                "-nostdin", "-timeout", "30s", "-timeout_error", "-max_recv_loops", "1000",
                "-trace_msg", "-message_file", dir.resolve(name + ".messages").toString(),
                "-trace_err", "-error_file", dir.resolve(name + ".errors").toString()));
        cmd.addAll(args);
        return cmd;
    }

    static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A port free for both UDP and TCP on loopback (sipp binds both for some transports). */
    public static int freeUdpAndTcpPort() {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException busy) {
                    // try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port free for UDP and TCP");
    }

    /** How a sipp run ended: its exit code (0: every call succeeded), console output, message trace, errors. */
    public record Result(int exit, String output, String messages, String errors) {
        public String describe() { return "exit " + exit + "\n" + output + "\n--- errors\n" + errors + "\n--- messages\n" + messages; }
    }

    /** A sipp server running in the background. */
    public record Running(Process process, int port, Path messages, Path output) implements AutoCloseable {
        public int await() throws InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("sipp server did not finish: " + read(output));
            }
            return process.exitValue();
        }

        public String trace() { return read(messages) + "\n" + read(output); }

        @Override public void close() { process.destroyForcibly(); }
    }
}
