package dev.switchboard.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyTokenTest {
    @Test
    void tokensAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String t = HttpWebhookClient.idempotencyToken();
            UUID u = UUID.fromString(t);
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            assertThat(seen.add(t)).isTrue();
        }
    }
}
