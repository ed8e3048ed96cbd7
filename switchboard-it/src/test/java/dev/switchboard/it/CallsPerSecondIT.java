package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a CPS limit, calls over it wait as queued (with queue_time) instead of being refused. */
class CallsPerSecondIT {
    @TempDir Path dir;

    @Test
    void callsOverTheLimitAreQueuedNotRefused() {
        try (RunningSwitchboard sb = new RunningSwitchboard(dir).virtualClock().callsPerSecond(1).start()) {
            TwilioRestClient client = sb.client();
            RawHttp http = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
            http.postForm("/sandbox/Clock.json", "Hold=true"); // the four requests arrive "at the same moment"
            List<String> sids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sids.add(Call.creator(new PhoneNumber("+1500555060" + i), new PhoneNumber("+15005550600"),
                        new Twiml("<Response><Say>hi</Say></Response>")).create(client).getSid());
            }
            http.postForm("/sandbox/Clock.json", "Hold=false");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sids.stream()
                    .allMatch(s -> Call.fetcher(s).fetch(client).getStatus() == Call.Status.COMPLETED));
            List<Long> queued = sids.stream().map(s -> Long.parseLong(Call.fetcher(s).fetch(client).getQueueTime())).sorted().toList();
            assertThat(queued).containsExactly(0L, 1000L, 2000L, 3000L); // 1 call/s, on virtual time
        }
    }
}
