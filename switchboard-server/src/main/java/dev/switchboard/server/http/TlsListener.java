package dev.switchboard.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS listener ({@code wss://…/signal} for the Voice SDK, and the REST API too): a PKCS12
 * keystore and its password, on {@code port} ({@code 0}: a free one).
 */
public record TlsListener(int port, Path keystore, String password) {
    private static final Logger LOG = LoggerFactory.getLogger(TlsListener.class);

    /**
     * A self-signed EC certificate for {@code localhost} and {@code 127.0.0.1}, made once with the
     * JDK's own {@code keytool} as {@code <dataDir>/tls/switchboard.p12}, reused afterwards.
     */
    public static Path selfSigned(Path dataDir, String password) {
        Path store = dataDir.resolve("tls").resolve("switchboard.p12");
        if (Files.exists(store)) return store;
        try {
            Files.createDirectories(store.getParent());
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "switchboard",
                    "-keyalg", "EC", "-keysize", "256", "-validity", "3650", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", password, "-keypass", password)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make a certificate: " + out);
            }
            LOG.info("made a self-signed TLS certificate for localhost in {}", store);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
