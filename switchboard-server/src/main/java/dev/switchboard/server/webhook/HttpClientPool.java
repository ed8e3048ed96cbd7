package dev.switchboard.server.webhook;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One {@link HttpClient} per connect timeout, because {@code java.net.http} sets the connect timeout
 * on the client, not the request. Timeouts are rounded up to the next 100 ms, which bounds the pool
 * at 100 clients over the {@code ct} range (100–10,000 ms); in practice a deployment uses one or two.
 * All clients speak HTTP/1.1 (no h2c upgrade on plain http), follow no redirects (the webhook client
 * applies Twilio's redirect rules itself) and run their async work on virtual threads. Thread-safe.
 */
final class HttpClientPool implements AutoCloseable {
    private static final long GRAIN_MILLIS = 100;

    private final Map<Long, HttpClient> clients = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** The client for {@code connectTimeout} (rounded up to 100 ms). */
    HttpClient forConnectTimeout(Duration connectTimeout) {
        long millis = Math.max(GRAIN_MILLIS, ceilToGrain(connectTimeout.toMillis()));
        return clients.computeIfAbsent(millis, this::newClient);
    }

    /** Clients created so far (for tests). */
    int size() {
        return clients.size();
    }

    /** Aborts requests still in flight and releases every client's threads. */
    @Override
    public void close() {
        clients.values().forEach(HttpClient::shutdownNow);
        clients.clear();
        executor.shutdownNow();
    }

    private HttpClient newClient(long connectTimeoutMillis) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(connectTimeoutMillis))
                .executor(executor)
                .build();
    }

    private static long ceilToGrain(long millis) {
        return (millis + GRAIN_MILLIS - 1) / GRAIN_MILLIS * GRAIN_MILLIS;
    }
}
