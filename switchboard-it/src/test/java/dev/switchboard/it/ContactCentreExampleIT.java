package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.it.support.RunningSwitchboard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs examples/contact-centre (a real customer app, in its own JVM) against a running sandbox. */
class ContactCentreExampleIT {
    @TempDir Path dir;

    @Test
    void theContactCentreExampleCompletesItsRoundTrip() throws Exception {
        Path example = Path.of("..", "examples", "contact-centre", "ContactCentre.java").toAbsolutePath().normalize();
        assertThat(example).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        try (RunningSwitchboard sb = new RunningSwitchboard(dir).virtualClock().start()) {
            Process p = new ProcessBuilder(java, example.toString(), sb.baseUrl(), sb.accountSid, sb.authToken)
                    .redirectErrorStream(true).start();
            boolean finished = p.waitFor(90, TimeUnit.SECONDS);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) p.destroyForcibly();
            Files.writeString(dir.resolve("example.log"), out);
            assertThat(finished).as(out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("B Param_customerId = 42", "A ReturnParam_agent = bob", "A ReturnParam_ticket = T-1001",
                    "B From = +14155550142", "OK: parameters went to B and came back to A");
        }
    }
}
