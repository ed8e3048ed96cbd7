package dev.switchboard.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpFreshnessTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static HttpHeaders headers(Map<String, List<String>> map) {
        return HttpHeaders.of(map, (a, b) -> true);
    }

    @Test
    void maxAgeMakesItFreshForThatLong() {
        HttpFreshness f = HttpFreshness.of(headers(Map.of("Cache-Control", List.of("public, max-age=60"))), NOW);
        assertThat(f.storable()).isTrue();
        assertThat(f.freshAt(NOW.plusSeconds(59))).isTrue();
        assertThat(f.freshAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void sMaxAgeWinsOverMaxAge() {
        HttpFreshness f = HttpFreshness.of(headers(Map.of("Cache-Control", List.of("max-age=10, s-maxage=100"))), NOW);
        assertThat(f.freshAt(NOW.plusSeconds(50))).isTrue();
    }

    @Test
    void noStoreKeepsNothingAndNoCacheAsksEachTime() {
        assertThat(HttpFreshness.of(headers(Map.of("Cache-Control", List.of("no-store"))), NOW).storable()).isFalse();
        HttpFreshness noCache = HttpFreshness.of(headers(Map.of("Cache-Control", List.of("no-cache, max-age=600"),
                "ETag", List.of("\"v1\""))), NOW);
        assertThat(noCache.storable()).isTrue();
        assertThat(noCache.freshAt(NOW)).isFalse();
        assertThat(noCache.etag()).contains("\"v1\"");
    }

    @Test
    void expiresCountsFromTheServersDate() {
        HttpFreshness f = HttpFreshness.of(headers(Map.of(
                "Date", List.of("Wed, 02 Dec 2026 08:00:00 GMT"),
                "Expires", List.of("Wed, 02 Dec 2026 08:05:00 GMT"))), NOW);
        assertThat(f.freshAt(NOW.plusSeconds(299))).isTrue();
        assertThat(f.freshAt(NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void nothingSaidOrNonsenseMeansRevalidate() {
        assertThat(HttpFreshness.of(headers(Map.of()), NOW).freshAt(NOW)).isFalse();
        assertThat(HttpFreshness.of(headers(Map.of("Cache-Control", List.of("max-age=abc"))), NOW).freshAt(NOW)).isFalse();
        assertThat(HttpFreshness.of(headers(Map.of("Expires", List.of("0"))), NOW).freshAt(NOW)).isFalse();
    }

    @Test
    void aRevalidationKeepsTheValidatorsItWasNotGivenAgain() {
        HttpFreshness first = HttpFreshness.of(headers(Map.of("ETag", List.of("\"a\""),
                "Last-Modified", List.of("Tue, 01 Dec 2026 00:00:00 GMT"))), NOW);
        HttpFreshness after = first.revalidated(headers(Map.of("Cache-Control", List.of("max-age=30"))), NOW.plusSeconds(5));
        assertThat(after.etag()).contains("\"a\"");
        assertThat(after.lastModified()).contains("Tue, 01 Dec 2026 00:00:00 GMT");
        assertThat(after.freshAt(NOW.plusSeconds(34))).isTrue();
    }
}
