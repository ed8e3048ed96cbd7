package dev.switchboard.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.TransportFixtures.QueueHandler;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UdpSipTransportIT {
  private final QueueHandler handler = new QueueHandler();
  private final UdpSipTransport transport =
      UdpSipTransport.open(TransportConfig.of(InetAddress.getLoopbackAddress(), 0), handler);

  @AfterEach
  void close() {
    transport.close();
  }

  private static void send(DatagramSocket client, byte[] bytes, InetSocketAddress to) throws Exception {
    client.send(new DatagramPacket(bytes, bytes.length, to));
  }

  private static SipResponse receive(DatagramSocket client) throws Exception {
    byte[] buf = new byte[65_535];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    client.receive(p);
    return (SipResponse) SipMessageParser.parse(buf, 0, p.getLength());
  }

  @Test
  void portZeroBindsAFreePortAndMessagesRoundTrip() throws Exception {
    assertThat(transport.localAddress().getPort()).isPositive();
    assertThat(transport.sentBy()).isEqualTo("127.0.0.1:" + transport.localAddress().getPort());
    try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      client.setSoTimeout(5_000);
      send(client, TransportFixtures.options("UDP", "z9hG4bKu1"), transport.localAddress());
      var got = handler.take();
      assertThat(got.source().port()).isEqualTo(client.getLocalPort());
      assertThat(got.source().transport()).isEqualTo(TransportKind.UDP);
      transport.send(Responses.to((SipRequest) got.message(), 200, "x"), got.source());
      assertThat(receive(client).status()).isEqualTo(200);
    }
  }

  @Test
  void malformedDatagramsAreAnswered400OrDroppedAndOthersStillServed() throws Exception {
    try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      client.setSoTimeout(5_000);
      send(client, "\u0000\u0001garbage that is not SIP".getBytes(StandardCharsets.ISO_8859_1),
          transport.localAddress());
      send(client, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), transport.localAddress());
      send(client, TransportFixtures.badMaxForwards("UDP"), transport.localAddress());
      SipResponse answer = receive(client);
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.callId()).isEqualTo("bad");
      send(client, TransportFixtures.options("UDP", "z9hG4bKu2"), transport.localAddress());
      assertThat(handler.take().message().callId()).isEqualTo("z9hG4bKu2");
      assertThat(handler.queue).isEmpty();
    }
  }
}
