package dev.switchboard.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A start-up the user must fix is one line on stderr and exit status 2, not a stack trace. */
class SwitchboardCliTest {
    @TempDir Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SwitchboardCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anInvalidOptionIsOneLine() {
        assertThat(run("serve", "--clock", "weird", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("switchboard: --clock must be system or virtual, got weird");
    }

    @Test
    void aTakenPortIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(run("serve", "--http-port", Integer.toString(taken.getLocalPort()), "--https-port", "-1",
                    "--data-dir", dir.toString())).isEqualTo(2);
        }
        assertThat(err.toString().strip()).startsWith("switchboard: ").doesNotContain("\tat ");
    }
}
