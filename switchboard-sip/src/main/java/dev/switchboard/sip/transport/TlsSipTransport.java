package dev.switchboard.sip.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * SIP over TLS (RFC 3261 §26.2.1; Twilio: TLS on 5061): a {@link StreamSipTransport} on the JDK's
 * {@link SSLContext}. The server certificate comes from a KeyStore (the same PKCS12 file HTTPS uses); outbound
 * connections trust what the context's trust managers trust (the JDK's CA set by default).
 */
public final class TlsSipTransport extends StreamSipTransport {
  private TlsSipTransport(TransportConfig config, SSLContext context, InboundHandler handler) {
    super(TransportKind.TLS, config, context.getServerSocketFactory(), context.getSocketFactory(), handler);
  }

  /** Binds and starts accepting with an existing context. */
  public static TlsSipTransport open(TransportConfig config, SSLContext context, InboundHandler handler) {
    return new TlsSipTransport(config, context, handler);
  }

  /** An SSLContext whose key comes from {@code keyStore}; trust is the JDK default unless {@code trust} is given. */
  public static SSLContext context(KeyStore keyStore, char[] keyPassword, KeyStore trust) {
    try {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore, keyPassword);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unusable key store for SIP TLS", e);
    }
  }

  /** Loads a PKCS12 key store file. */
  public static KeyStore loadPkcs12(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read key store " + file, e);
    }
  }
}
