package dev.switchboard.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpClientPoolTest {
    @Test
    void sharesOneClientPerConnectTimeoutRoundedUpTo100Ms() {
        try (HttpClientPool pool = new HttpClientPool()) {
            HttpClient a = pool.forConnectTimeout(Duration.ofMillis(150));
            HttpClient b = pool.forConnectTimeout(Duration.ofMillis(200));
            HttpClient c = pool.forConnectTimeout(Duration.ofMillis(5000));

            assertThat(a).isSameAs(b);
            assertThat(a.connectTimeout()).contains(Duration.ofMillis(200));
            assertThat(c).isNotSameAs(a);
            assertThat(c.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(c.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
            assertThat(pool.size()).isEqualTo(2);
        }
    }
}
