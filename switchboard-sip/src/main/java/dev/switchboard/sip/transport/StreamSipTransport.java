package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipMessageWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/**
 * SIP over a stream (TCP, or TLS with the socket factories of an {@code SSLContext}; RFC 3261 §18): an accept
 * loop and one virtual thread per connection, each with its own {@link dev.switchboard.sip.message.StreamFramer}.
 * Connections are kept by remote address, so a response goes back over the connection its request came on
 * (§18.2.2) and a request to a peer reuses an open connection or opens one (blocking while it connects). A
 * framing error closes only that connection; a framed message that does not parse is answered 400 on it.
 */
public class StreamSipTransport implements SipTransport {
  private static final Logger LOG = Logger.getLogger(StreamSipTransport.class.getName());
  /** Outbound connects give up after this (an unreachable peer must not hold a call for long). */
  static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private final TransportKind kind;
  private final ServerSocket server;
  private final SocketFactory clientFactory;
  private final TransportConfig config;
  private final InboundHandler handler;
  private final Map<InetSocketAddress, StreamConnection> connections = new ConcurrentHashMap<>();
  private final Map<InetSocketAddress, ReentrantLock> connecting = new ConcurrentHashMap<>();
  private volatile boolean closed;

  protected StreamSipTransport(TransportKind kind, TransportConfig config, ServerSocketFactory serverFactory,
      SocketFactory clientFactory, InboundHandler handler) {
    this.kind = kind;
    this.config = config;
    this.clientFactory = clientFactory;
    this.handler = handler;
    try {
      this.server = serverFactory.createServerSocket(config.port(), 256, config.bindAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind " + kind + " " + config.bindAddress() + ":" + config.port(), e);
    }
    Thread.ofVirtual().name("sip-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-accept-"
        + server.getLocalPort()).start(this::accept);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        adopt(socket);
      } catch (IOException e) {
        if (!closed) {
          LOG.log(Level.FINE, "accept failed", e);
        }
      }
    }
  }

  private StreamConnection adopt(Socket socket) {
    Peer peer = new Peer(kind, (InetSocketAddress) socket.getRemoteSocketAddress());
    StreamConnection connection = new StreamConnection(socket, peer, config.maxMessageSize(), handler,
        () -> connections.remove(peer.address()));
    connections.put(peer.address(), connection);
    connection.start();
    return connection;
  }

  @Override public void send(SipMessage message, Peer peer) {
    if (closed) {
      throw new SipTransportException(kind + " transport closed");
    }
    byte[] bytes = SipMessageWriter.write(message);
    StreamConnection connection = connections.get(peer.address());
    if (connection == null) {
      connection = connect(peer);
    }
    connection.write(bytes);
  }

  /**
   * Opens a connection, one connect per remote address at a time (a second sender waits and reuses it); a peer
   * that never answers holds up only senders to that peer, for at most the 5 s connect timeout.
   */
  private StreamConnection connect(Peer peer) {
    ReentrantLock lock = connecting.computeIfAbsent(peer.address(), a -> new ReentrantLock());
    lock.lock();
    try {
      StreamConnection existing = connections.get(peer.address());
      if (existing != null) {
        return existing;
      }
      Socket socket = clientFactory.createSocket();
      socket.connect(peer.address(), CONNECT_TIMEOUT_MILLIS);
      socket.setTcpNoDelay(true);
      return adopt(socket);
    } catch (IOException e) {
      throw new SipTransportException(kind + " connect to " + peer + " failed", e);
    } finally {
      connecting.remove(peer.address(), lock);
      lock.unlock();
    }
  }

  /** Open connections (accepted and outbound). */
  public int connectionCount() {
    return connections.size();
  }

  @Override public TransportKind kind() { return kind; }

  @Override public InetSocketAddress localAddress() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  @Override public String sentBy() {
    return SentBy.of(config, localAddress());
  }

  @Override public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    connections.values().forEach(StreamConnection::close);
    connections.clear();
  }
}
