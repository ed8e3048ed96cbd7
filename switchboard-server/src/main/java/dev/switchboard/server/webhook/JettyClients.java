package dev.switchboard.server.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.ProxyAuthenticationProtocolHandler;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * One Jetty {@link HttpClient} per connect timeout, because Jetty sets the connect timeout on the
 * client, not the request. Timeouts are rounded up to the next 100 ms, which bounds the pool at 100
 * clients over the {@code ct} range (100–10,000 ms); in practice a deployment uses one or two.
 *
 * <p>Every client speaks HTTP/1.1 and keeps connections alive per origin; it follows no redirects
 * (the webhook client applies Twilio's redirect rules itself), keeps no cookies, answers no
 * authentication challenge, asks for no compression and sends no User-Agent of its own, so what goes
 * on the wire is exactly what {@code OutgoingWebhook} says. Connections per origin are not capped (as
 * with {@code java.net.http}): a request never queues behind another call's webhook. TLS trusts what
 * the JVM trusts ({@link SSLContext#getDefault()}: the JDK's CA certificates, or
 * {@code javax.net.ssl.trustStore}) and checks the host name; on top of the JDK's own policy, Jetty's
 * defaults leave out SSLv3 and the weak cipher suites ({@code *_MD5}, {@code *_SHA}, {@code *_SHA1},
 * {@code TLS_RSA_*} without forward secrecy, {@code NULL}, anonymous), which {@code java.net.http} still
 * offered last. The clients share one small pool of platform threads for
 * their I/O callbacks, which never block; callers wait on their own (virtual) threads. Thread-safe.
 */
final class JettyClients implements AutoCloseable {
    private static final long GRAIN_MILLIS = 100;
    /** Clients the {@code ct} range can need: 100–10,000 ms in steps of 100 ms. */
    static final int MAX_CLIENTS = 100;
    /** Idle keep-alive connections close after this (java.net.http's default keep-alive timeout). */
    static final Duration IDLE_CONNECTION = Duration.ofSeconds(30);

    private final Map<Long, HttpClient> clients = new ConcurrentHashMap<>();
    private final SSLContext tls;
    private final QueuedThreadPool threads;
    private final ScheduledExecutorScheduler scheduler;

    JettyClients(SSLContext tls) {
        this.tls = tls;
        // every started client leases one thread (its selector) from this pool for good, so its
        // maximum must cover the largest pool of clients (100) plus the threads that do the I/O;
        // threads are made only when needed and idle ones end after a minute
        this.threads = new QueuedThreadPool(MAX_CLIENTS + 64, 2);
        threads.setName("webhook-io");
        threads.setDaemon(true);
        this.scheduler = new ScheduledExecutorScheduler("webhook-timer", true);
        try {
            threads.start(); // started here, so the clients share them without owning them
            scheduler.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the webhook client's threads", e);
        }
    }

    /** The client for {@code connectTimeout} (rounded up to 100 ms), started on first use. */
    HttpClient forConnectTimeout(Duration connectTimeout) {
        long millis = Math.max(GRAIN_MILLIS, ceilToGrain(connectTimeout.toMillis()));
        return clients.computeIfAbsent(millis, this::newClient);
    }

    /** Clients created so far (for tests). */
    int size() {
        return clients.size();
    }

    /** Aborts requests still in flight, closes every connection and stops the threads. */
    @Override
    public void close() {
        clients.values().forEach(JettyClients::stopQuietly);
        clients.clear();
        stopQuietly(scheduler);
        stopQuietly(threads);
    }

    private HttpClient newClient(long connectTimeoutMillis) {
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setSslContext(tls);
        HttpClientTransportOverHTTP transport = new HttpClientTransportOverHTTP(1);
        transport.getClientConnector().setSslContextFactory(ssl);
        HttpClient client = new HttpClient(transport);
        client.setName("webhooks-ct" + connectTimeoutMillis);
        client.setExecutor(threads);
        client.setScheduler(scheduler);
        client.setConnectTimeout(connectTimeoutMillis);
        client.setIdleTimeout(IDLE_CONNECTION.toMillis());
        client.setFollowRedirects(false);
        client.setUserAgentField(null);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setMaxConnectionsPerDestination(Integer.MAX_VALUE);
        client.setMaxRequestsQueuedPerDestination(Integer.MAX_VALUE);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a webhook HTTP client", e);
        }
        client.getContentDecoderFactories().clear();
        client.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(ProxyAuthenticationProtocolHandler.NAME);
        return client;
    }

    private static void stopQuietly(org.eclipse.jetty.util.component.LifeCycle part) {
        try {
            part.stop();
        } catch (Exception ignored) {
            // closing: nothing left to do with it
        }
    }

    private static long ceilToGrain(long millis) {
        return (millis + GRAIN_MILLIS - 1) / GRAIN_MILLIS * GRAIN_MILLIS;
    }
}
