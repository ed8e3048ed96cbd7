package dev.switchboard.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code baresip} (1.0.0 on bookworm) as a real softphone, headless: a generated config directory
 * ({@code baresip -f DIR}) with the sine source and ALSA's {@code null} device as the speaker, so no sound card is
 * needed; SIP on {@code 127.0.0.1} and a free port; one account in {@code DIR/accounts} that reaches the platform
 * through {@code ;outbound="sip:127.0.0.1:PORT"} (no DNS on the domain name) and answers calls by itself
 * ({@code ;answermode=auto}). Its console output (with {@code -s}, every SIP message sent and received) is read line
 * by line; {@link #await} waits for the next line matching a pattern. Commands ({@code /dial sip:…},
 * {@code /hangup}) go to its stdin. It is killed at {@link #close()}. Tests are skipped when baresip is not
 * installed, unless {@code SWITCHBOARD_REQUIRE_BARESIP=1} (CI), where a missing baresip fails them.
 */
public final class Baresip implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/baresip");
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    /** Skips (or, with SWITCHBOARD_REQUIRE_BARESIP=1, fails) the test when baresip is missing. */
    public static void assumePresent() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "1".equals(System.getenv("SWITCHBOARD_REQUIRE_BARESIP"))) {
            org.junit.jupiter.api.Assertions.fail("baresip is required (SWITCHBOARD_REQUIRE_BARESIP=1) but " + BINARY + " is missing");
        }
        assumeTrue(present, "baresip not installed (apt-get install baresip)");
    }

    /** The installed version, {@code 1.0.0} or so, from {@code baresip -h}'s first line. */
    public static String version() {
        try {
            Process p = new ProcessBuilder(BINARY.toString(), "-h").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("baresip v(\\S+)").matcher(out);
            return m.find() ? m.group(1) : "unknown";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How to start one: the account and the platform's SIP port. */
    public static final class Builder {
        private final Path dir;
        private String user = "alice";
        private String domain;
        private String password;
        private int proxyPort;
        private boolean register = true;
        private boolean autoAnswer = true;
        private int toneHz = 440;
        private boolean record;
        private final List<String> commands = new ArrayList<>();

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** {@code <sip:user@domain>} with {@code password}, through {@code 127.0.0.1:proxyPort} over UDP. */
        public Builder account(String user, String domain, String password, int proxyPort) {
            this.user = user;
            this.domain = domain;
            this.password = password;
            this.proxyPort = proxyPort;
            return this;
        }

        /** Does not REGISTER ({@code ;regint=0}): a phone that only places calls. */
        public Builder withoutRegistration() { register = false; return this; }

        /** Leaves incoming calls ringing ({@code ;answermode=manual}). */
        public Builder manualAnswer() { autoAnswer = false; return this; }

        /** What it says into the call: a sine at this frequency (the {@code ausine} source; default 440 Hz). */
        public Builder tone(int hz) { toneHz = hz; return this; }

        /**
         * Keeps what it hears: the {@code sndfile} module writes each call's decoded audio to
         * {@code dump-*-dec.wav} in its directory ({@link #heard}).
         */
        public Builder recordWhatItHears() { record = true; return this; }

        /** A command run at start ({@code -e}), e.g. {@code /dial sip:…}. */
        public Builder execute(String command) { commands.add(command); return this; }

        public Baresip start() {
            try {
                Files.createDirectories(dir);
                int port = Sipp.freeUdpAndTcpPort();
                Files.writeString(dir.resolve("config"), String.join("\n",
                        "poll_method epoll",
                        "sip_listen 127.0.0.1:" + port,
                        "audio_player alsa,null",
                        "audio_alert alsa,null",
                        "audio_source ausine," + toneHz,
                        "ausrc_srate 48000",
                        "ausrc_channels 2", // ausine makes 48 kHz stereo only
                        "auplay_srate 8000",
                        "rtp_ports 40000-49999",
                        "module_path /usr/lib/baresip/modules",
                        "module stdio.so",
                        "module g711.so",
                        "module ausine.so",
                        "module alsa.so",
                        "module_app account.so",
                        "module_app menu.so",
                        record ? "module sndfile.so" : "",
                        record ? "snd_path " + dir : "",
                        ""));
                // contacts and the history of calls are kept here too; an empty file keeps baresip from writing a template
                Files.writeString(dir.resolve("contacts"), "");
                Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@" + domain + ">"
                        + ";auth_pass=" + password
                        + ";outbound=\"sip:127.0.0.1:" + proxyPort + "\""
                        + ";regint=" + (register ? 600 : 0)
                        + ";answermode=" + (autoAnswer ? "auto" : "manual")
                        + ";audio_codecs=PCMU/8000/1,PCMA/8000/1\n");
                // -t: quits by itself after two minutes, should the test JVM die without closing it (on EOF of its
                // stdin baresip keeps polling it, busy)
                List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "-f", dir.toString(), "-s", "-t", "120"));
                for (String c : commands) { cmd.add("-e"); cmd.add(c); }
                Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
                return new Baresip(p, port, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Builder in(Path dir) { return new Builder(dir); }

    private final Process process;
    private final int port;
    private final Path dir;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private int cursor;

    private Baresip(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.reader = Thread.ofVirtual().name("baresip-" + port).start(this::read);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) { // readLine splits at \r too: the console redraws with \r
                String clean = ANSI.matcher(line).replaceAll("");
                synchronized (lines) {
                    lines.add(clean);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process went away
        }
    }

    /** The port baresip listens on for SIP (UDP and TCP, on 127.0.0.1). */
    public int sipPort() { return port; }

    public Path dir() { return dir; }

    /** The WAV files of what it heard, one per call so far ({@link Builder#recordWhatItHears}). */
    public List<Path> heard() {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("dump-.*-dec\\.wav")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything it printed so far. */
    public String log() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /**
     * Waits for the next line (after the last one an {@code await} matched) that matches {@code regex} (found
     * anywhere in the line) and answers it; fails with the log after {@code timeout}.
     */
    public String await(String regex, Duration timeout) {
        Pattern p = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(timeout);
        synchronized (lines) {
            while (true) {
                for (int i = cursor; i < lines.size(); i++) {
                    if (p.matcher(lines.get(i)).find()) {
                        cursor = i + 1;
                        return lines.get(i);
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) throw new AssertionError("baresip did not print /" + regex + "/ in " + timeout + ":\n" + tail());
                try {
                    lines.wait(Math.min(left, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Whether a line from the cursor on matches {@code regex}, without waiting or moving the cursor. */
    public boolean printed(String regex) {
        Pattern p = Pattern.compile(regex);
        synchronized (lines) {
            return lines.subList(cursor, lines.size()).stream().anyMatch(l -> p.matcher(l).find());
        }
    }

    /**
     * The SIP messages its trace shows as received ({@code -s}: a line {@code UDP <from> -> <to>} then the message),
     * whose first line matches {@code firstLine}, each as its text.
     */
    public List<String> received(String firstLine) {
        Pattern start = Pattern.compile("^(UDP|TCP) (\\S+) -> 127\\.0\\.0\\.1:" + port + "$");
        Pattern first = Pattern.compile(firstLine);
        List<String> out = new ArrayList<>();
        synchronized (lines) {
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (!start.matcher(lines.get(i)).find() || !first.matcher(lines.get(i + 1)).find()) continue;
                StringBuilder msg = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) msg.append(lines.get(j)).append('\n');
                out.add(msg.toString());
            }
        }
        return out;
    }

    /** Types a console command ({@code /dial sip:…}, {@code /hangup}) on its stdin. */
    public void command(String command) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        int from = Math.max(0, lines.size() - 200);
        return String.join("\n", lines.subList(from, lines.size()));
    }

    public boolean isAlive() { return process.isAlive(); }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: baresip unregisters, and quits once answered or after a second
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
