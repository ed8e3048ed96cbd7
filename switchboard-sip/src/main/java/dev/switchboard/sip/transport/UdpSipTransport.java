package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipMessageWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * SIP over UDP (RFC 3261 §18): one socket, one reader virtual thread, one dispatch virtual thread per
 * datagram. A datagram that does not parse is answered 400 when it can be addressed and dropped otherwise;
 * either way the reader goes on. Sends are single datagrams and do not block; a message over
 * {@code maxMessageSize} is refused ({@link SipTransportException}; RFC 3261 §18.1.1 would move it to TCP,
 * which the caller decides).
 */
public final class UdpSipTransport implements SipTransport {
  private final DatagramSocket socket;
  private final TransportConfig config;
  private final InboundHandler handler;
  private final Thread reader;

  private UdpSipTransport(DatagramSocket socket, TransportConfig config, InboundHandler handler) {
    this.socket = socket;
    this.config = config;
    this.handler = handler;
    this.reader = Thread.ofVirtual().name("sip-udp-" + socket.getLocalPort()).start(this::read);
  }

  /** Binds and starts reading. */
  public static UdpSipTransport open(TransportConfig config, InboundHandler handler) {
    try {
      DatagramSocket socket = new DatagramSocket(new InetSocketAddress(config.bindAddress(), config.port()));
      socket.setReceiveBufferSize(1 << 20);
      return new UdpSipTransport(socket, config, handler);
    } catch (SocketException e) {
      throw new UncheckedIOException("cannot bind UDP " + config.bindAddress() + ":" + config.port(), e);
    }
  }

  private void read() {
    byte[] buf = new byte[config.maxMessageSize()];
    DatagramPacket packet = new DatagramPacket(buf, buf.length);
    while (!socket.isClosed()) {
      try {
        packet.setLength(buf.length);
        socket.receive(packet);
      } catch (IOException e) {
        continue;   // closed (loop ends) or a transient ICMP error: keep serving everyone else
      }
      Peer source = new Peer(TransportKind.UDP, (InetSocketAddress) packet.getSocketAddress());
      if (isKeepAlive(buf, packet.getLength())) {
        continue;   // RFC 5626 §3.5.2 / common CRLF keep-alives
      }
      InboundBytes.parse(buf, 0, packet.getLength(), source, reply -> sendBytes(reply, source))
          .ifPresent(m -> InboundBytes.dispatch(handler, m, source));
    }
  }

  private static boolean isKeepAlive(byte[] buf, int length) {
    for (int i = 0; i < length; i++) {
      if (buf[i] != '\r' && buf[i] != '\n' && buf[i] != 0) {
        return false;
      }
    }
    return true;
  }

  @Override public void send(SipMessage message, Peer peer) {
    byte[] bytes = SipMessageWriter.write(message);
    if (bytes.length > config.maxMessageSize()) {
      throw new SipTransportException("message of " + bytes.length + " bytes is too large for UDP");
    }
    sendBytes(bytes, peer);
  }

  private void sendBytes(byte[] bytes, Peer peer) {
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, peer.address()));
    } catch (IOException e) {
      throw new SipTransportException("UDP send to " + peer + " failed", e);
    }
  }

  @Override public TransportKind kind() { return TransportKind.UDP; }

  @Override public InetSocketAddress localAddress() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  @Override public String sentBy() {
    return SentBy.of(config, localAddress());
  }

  @Override public void close() {
    socket.close();
    reader.interrupt();
  }
}
