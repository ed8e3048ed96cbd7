package dev.switchboard.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;

class JettyClientsTest {
    @Test
    void sharesOneClientPerConnectTimeoutRoundedUpTo100Ms() throws Exception {
        try (JettyClients pool = new JettyClients(SSLContext.getDefault())) {
            HttpClient a = pool.forConnectTimeout(Duration.ofMillis(150));
            HttpClient b = pool.forConnectTimeout(Duration.ofMillis(200));
            HttpClient c = pool.forConnectTimeout(Duration.ofMillis(5000));

            assertThat(a).isSameAs(b);
            assertThat(a.getConnectTimeout()).isEqualTo(200);
            assertThat(c).isNotSameAs(a);
            assertThat(c.isFollowRedirects()).isFalse();
            assertThat(c.getUserAgentField()).isNull();
            assertThat(c.getContentDecoderFactories().isEmpty()).isTrue();
            assertThat(pool.size()).isEqualTo(2);
        }
    }

    @Test
    void everyConnectTimeoutTheOverridesAllowGetsAStartedClient() throws Exception {
        try (JettyClients pool = new JettyClients(SSLContext.getDefault())) {
            for (long ct = 100; ct <= 10_000; ct += 100) {
                assertThat(pool.forConnectTimeout(Duration.ofMillis(ct)).isStarted()).isTrue();
            }
            assertThat(pool.size()).isEqualTo(JettyClients.MAX_CLIENTS);
        }
    }
}
