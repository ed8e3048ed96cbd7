package dev.switchboard.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.StreamFramer;
import dev.switchboard.sip.transport.TransportFixtures.QueueHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSipTransportIT {
  private final QueueHandler handler = new QueueHandler();
  private final TransportConfig loopback = TransportConfig.of(InetAddress.getLoopbackAddress(), 0);
  private StreamSipTransport transport;

  @AfterEach
  void close() {
    if (transport != null) {
      transport.close();
    }
  }

  private static SipMessage read(InputStream in) throws Exception {
    StreamFramer framer = new StreamFramer(65_535);
    byte[] buf = new byte[4096];
    while (true) {
      Optional<byte[]> m = framer.next();
      if (m.isPresent()) {
        return SipMessageParser.parse(m.get());
      }
      int n = in.read(buf);
      if (n < 0) {
        throw new AssertionError("connection closed");
      }
      framer.feed(buf, 0, n);
    }
  }

  @Test
  void tcpFramesMessagesSplitAcrossWritesAndAnswersOnTheSameConnection() throws Exception {
    transport = TcpSipTransport.open(loopback, handler);
    try (Socket client = new Socket(InetAddress.getLoopbackAddress(), transport.localAddress().getPort())) {
      client.setSoTimeout(5_000);
      OutputStream out = client.getOutputStream();
      byte[] both = concat(TransportFixtures.options("TCP", "z9hG4bKt1"), TransportFixtures.options("TCP", "z9hG4bKt2"));
      out.write(both, 0, 100);
      out.flush();
      Thread.sleep(20);
      out.write(both, 100, both.length - 100);
      out.flush();
      var first = handler.take();
      var second = handler.take();
      assertThat(java.util.Set.of(first.message().callId(), second.message().callId()))
          .containsExactlyInAnyOrder("z9hG4bKt1", "z9hG4bKt2");
      assertThat(first.source().port()).isEqualTo(client.getLocalPort());
      transport.send(Responses.to((SipRequest) first.message(), 200, "x"), first.source());
      assertThat(((SipResponse) read(client.getInputStream())).status()).isEqualTo(200);

      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));   // keep-alive ping → CRLF pong
      out.flush();
      assertThat(client.getInputStream().read()).isEqualTo('\r');
      assertThat(client.getInputStream().read()).isEqualTo('\n');

      out.write(TransportFixtures.badMaxForwards("TCP"));   // framed but malformed: 400, connection stays
      out.flush();
      assertThat(((SipResponse) read(client.getInputStream())).status()).isEqualTo(400);
      out.write(TransportFixtures.options("TCP", "z9hG4bKt3"));
      out.flush();
      assertThat(handler.take().message().callId()).isEqualTo("z9hG4bKt3");
    }
  }

  @Test
  void anUnframeableStreamClosesOnlyItsConnection() throws Exception {
    transport = TcpSipTransport.open(loopback, handler);
    int port = transport.localAddress().getPort();
    try (Socket bad = new Socket(InetAddress.getLoopbackAddress(), port);
         Socket good = new Socket(InetAddress.getLoopbackAddress(), port)) {
      bad.setSoTimeout(5_000);
      bad.getOutputStream().write("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK1\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      assertThat(bad.getInputStream().read()).isEqualTo(-1);
      good.getOutputStream().write(TransportFixtures.options("TCP", "z9hG4bKt4"));
      assertThat(handler.take().message().callId()).isEqualTo("z9hG4bKt4");
    }
  }

  @Test
  void sendingToAPeerOpensAConnectionAndReusesIt() throws Exception {
    transport = TcpSipTransport.open(loopback, handler);
    try (java.net.ServerSocket far = new java.net.ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Peer peer = new Peer(TransportKind.TCP, new InetSocketAddress(InetAddress.getLoopbackAddress(), far.getLocalPort()));
      SipRequest options = (SipRequest) SipMessageParser.parse(TransportFixtures.options("TCP", "z9hG4bKt5"));
      transport.send(options, peer);
      try (Socket accepted = far.accept()) {
        accepted.setSoTimeout(5_000);
        assertThat(read(accepted.getInputStream()).callId()).isEqualTo("z9hG4bKt5");
        transport.send(options, peer);
        assertThat(read(accepted.getInputStream()).callId()).isEqualTo("z9hG4bKt5");
        accepted.getOutputStream().write(TransportFixtures.options("TCP", "z9hG4bKt6"));   // and it reads back
        assertThat(handler.take().message().callId()).isEqualTo("z9hG4bKt6");
        assertThat(transport.connectionCount()).isEqualTo(1);   // before the far end closes it
      }
    }
  }

  @Test
  void tlsWithAKeyStoreCarriesSip(@TempDir Path dir) throws Exception {
    Path p12 = dir.resolve("sip.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "sip", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", p12.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    KeyStore ks = TlsSipTransport.loadPkcs12(p12, "changeit".toCharArray());
    SSLContext context = TlsSipTransport.context(ks, "changeit".toCharArray(), ks);
    transport = TlsSipTransport.open(loopback, context, handler);
    try (SSLSocket client = (SSLSocket) context.getSocketFactory()
        .createSocket(InetAddress.getLoopbackAddress(), transport.localAddress().getPort())) {
      client.setSoTimeout(5_000);
      client.getOutputStream().write(TransportFixtures.options("TLS", "z9hG4bKs1"));
      var got = handler.take();
      assertThat(got.source().transport()).isEqualTo(TransportKind.TLS);
      transport.send(Responses.to((SipRequest) got.message(), 200, "x"), got.source());
      assertThat(((SipResponse) read(client.getInputStream())).status()).isEqualTo(200);
      assertThat(client.getSession().getProtocol()).startsWith("TLSv1.");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

}
