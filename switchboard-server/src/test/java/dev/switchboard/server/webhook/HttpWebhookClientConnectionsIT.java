package dev.switchboard.server.webhook;

import static dev.switchboard.server.webhook.HttpWebhookClientIT.PARAMS;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TOKEN;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TWIML;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.failure;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.server.http.TlsListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keep-alive connections and HTTPS: which connection a webhook goes out on, and which certificates it trusts. */
class HttpWebhookClientConnectionsIT {
    static final String PASSWORD = "changeit";
    @TempDir Path dir;
    final ConcurrentLinkedQueue<Integer> clientPorts = new ConcurrentLinkedQueue<>();
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] body = TWIML.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    String startHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        return start("http");
    }

    String startHttps(SSLContext serverTls) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server = https;
        return start("https");
    }

    private String start(String scheme) {
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/voice";
    }

    @Test
    void consecutiveWebhooksToOneAppReuseOneConnection() throws IOException {
        String url = startHttp();
        try (HttpWebhookClient client = new HttpWebhookClient()) {
            for (int i = 0; i < 3; i++) {
                response(client.fetch(WebhookRequest.twiml(url, WebhookMethod.POST, PARAMS, TOKEN)));
            }
        }
        assertThat(List.copyOf(clientPorts)).hasSize(3).containsOnly(clientPorts.peek());
    }

    @Test
    void httpsWebhooksReachAnAppWhoseCertificateIsTrusted() throws Exception {
        KeyStore store = selfSigned();
        String url = startHttps(serverContext(store));
        try (HttpWebhookClient client = new HttpWebhookClient(trusting(store))) {
            assertThat(response(client.fetch(WebhookRequest.twiml(url, WebhookMethod.POST, PARAMS, TOKEN))).body())
                    .isEqualTo(TWIML);
            response(client.fetch(WebhookRequest.twiml(url, WebhookMethod.GET, PARAMS, TOKEN)));
        }
        assertThat(List.copyOf(clientPorts)).hasSize(2).containsOnly(clientPorts.peek());
    }

    @Test
    void aSelfSignedCertificateTheJvmDoesNotTrustIs11200() throws Exception {
        String url = startHttps(serverContext(selfSigned()));
        try (HttpWebhookClient client = new HttpWebhookClient()) {
            WebhookFailure failure = failure(client.fetch(WebhookRequest.twiml(url + "#rc=0", WebhookMethod.POST, PARAMS, TOKEN)));

            assertThat(failure.twilioCode()).isEqualTo(11200);
            assertThat(failure.reason()).contains("TLS handshake failed").contains("after 1 attempt");
        }
        assertThat(clientPorts).isEmpty();
    }

    KeyStore selfSigned() throws Exception {
        Path file = TlsListener.selfSigned(dir, PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    static SSLContext serverContext(KeyStore store) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    static SSLContext trusting(KeyStore store) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
