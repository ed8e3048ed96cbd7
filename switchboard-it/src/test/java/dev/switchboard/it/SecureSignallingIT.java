package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.it.support.TestDevice;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wss://…/signal} on the HTTPS port, with the self-signed certificate made at first start. */
class SecureSignallingIT {
    @TempDir Path dir;

    @Test
    void signallingIsServedOverTlsWithAGeneratedCertificate() throws Exception {
        try (RunningSwitchboard sb = new RunningSwitchboard(dir).tls().start()) {
            // the plain HTTP listener keeps serving beside the HTTPS one (regression: it once vanished)
            var plain = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(sb.baseUrl() + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(sb.httpsPort()).isPositive();
            assertThat(Files.exists(dir.resolve("tls/switchboard.p12"))).isTrue();
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) {}
                public void checkServerTrusted(X509Certificate[] c, String a) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            try (TestDevice d = TestDevice.connect("wss://127.0.0.1:" + sb.httpsPort(),
                    HttpClient.newBuilder().sslContext(trustAll).build())) {
                d.send("listen", "{\"token\":\"definitely-not-a-jwt\"}");
                assertThat(d.expect("error").path("error").path("code").asInt()).isEqualTo(31204);
            }
        }
    }
}
