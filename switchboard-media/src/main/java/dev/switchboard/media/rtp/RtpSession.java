package dev.switchboard.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The RTP side of one call leg: one UDP socket (from {@link RtpPortPool}), one reader on a virtual thread.
 *
 * <p>The reader receives, validates ({@link RtpPacket#parse}) and counts every datagram, and hands each valid
 * packet to the listener, on the reader thread, in arrival order (no jitter buffer: that comes with the media
 * plane). A malformed datagram is counted and dropped; a listener that throws is counted and ignored; neither
 * stops the reader. An idle session is a parked virtual thread: it holds no platform thread.
 *
 * <p><b>Symmetric RTP</b> (RFC 4961): phones behind NAT send from another address than their SDP says, and
 * can only receive where they send from. So the source of the first <em>valid</em> packet is latched as the
 * peer: from then on packets go there, and datagrams from any other source are dropped unread (counted as
 * {@code foreign}). Before the first packet, packets go to the negotiated address. The first valid packet
 * from anyone wins, as with Asterisk's and FreeSWITCH's NAT modes; {@link #retarget} (a re-INVITE with a new
 * address) clears the latch. Nothing is sent while the destination is {@code 0.0.0.0} or port 0 (hold).
 *
 * <p>Thread-safe: {@link #send} may be called from any thread while the reader runs.
 */
public final class RtpSession implements AutoCloseable {
  /** Larger than any RTP packet a phone sends over Ethernet; longer datagrams are cut and fail to parse. */
  static final int MAX_DATAGRAM = 2048;

  private final RtpPort port;
  private final DatagramChannel channel;
  private final Consumer<RtpPacket> listener;
  private final Thread reader;
  private volatile InetSocketAddress negotiated;
  private volatile InetSocketAddress latched;
  private volatile boolean closed;
  // Written by the reader thread only; read by stats().
  private volatile long received;
  private volatile long bytes;
  private volatile long malformed;
  private volatile long foreign;
  private volatile int lastSequence = -1;
  private volatile long ssrc = -1;
  private volatile String lastMalformedReason;
  private volatile long listenerFailures;
  private final AtomicLong sent = new AtomicLong();

  private RtpSession(RtpPort port, InetSocketAddress remote, Consumer<RtpPacket> listener) {
    this.port = port;
    this.channel = port.channel();
    this.negotiated = remote;
    this.listener = listener;
    this.reader = Thread.ofVirtual().name("rtp-" + port.port()).unstarted(this::read);
  }

  /**
   * Starts a session on {@code port} (which it now owns) towards the negotiated {@code remote}.
   *
   * @param listener called on the reader thread with each valid packet from the peer; keep it short
   */
  public static RtpSession open(RtpPort port, InetSocketAddress remote, Consumer<RtpPacket> listener) {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(listener, "listener");
    if (port.isClosed()) {
      throw new IllegalStateException("RTP port " + port.port() + " is closed");
    }
    RtpSession session = new RtpSession(port, remote, listener);
    session.reader.start();
    return session;
  }

  private void read() {
    ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM);
    while (!closed) {
      buf.clear();
      InetSocketAddress source;
      try {
        source = (InetSocketAddress) channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;   // close() (or an interrupt) ended the session
      } catch (IOException e) {
        continue;   // a transient error (e.g. ICMP): keep reading
      }
      InetSocketAddress peer = latched;
      if (peer != null && !peer.equals(source)) {
        foreign++;
        continue;
      }
      RtpPacket packet;
      try {
        packet = RtpPacket.parse(buf.array(), 0, buf.position());
      } catch (RtpParseException e) {
        malformed++;
        lastMalformedReason = e.reason();
        continue;
      }
      if (peer == null) {
        latched = source;
      }
      received++;
      bytes += buf.position();
      lastSequence = packet.sequenceNumber();
      ssrc = packet.ssrc();
      try {
        listener.accept(packet);
      } catch (RuntimeException e) {
        listenerFailures++;   // the media plane's bug must not stop this leg's RTP
      }
    }
  }

  /**
   * Sends a packet to the peer: the latched source, else the negotiated address. Does not block on the network.
   *
   * @return false when nothing was sent: the session is closed, the destination is a hold address
   *     ({@code 0.0.0.0} or port 0), or the socket refused the datagram
   */
  public boolean send(RtpPacket packet) {
    InetSocketAddress to = remote();
    if (closed || to.getPort() == 0 || to.getAddress() == null || to.getAddress().isAnyLocalAddress()) {
      return false;
    }
    try {
      channel.send(ByteBuffer.wrap(packet.toBytes()), to);
      sent.incrementAndGet();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Where packets go now: the latched peer, else the negotiated address. */
  public InetSocketAddress remote() {
    InetSocketAddress peer = latched;
    return peer != null ? peer : negotiated;
  }

  /** The source latched from the first valid packet, if one arrived. */
  public Optional<InetSocketAddress> latchedRemote() {
    return Optional.ofNullable(latched);
  }

  /** Points the session at a newly negotiated address (re-INVITE) and clears the latch. */
  public void retarget(InetSocketAddress remote) {
    this.negotiated = Objects.requireNonNull(remote, "remote");
    this.latched = null;
  }

  /** Our bound address and port. */
  public InetSocketAddress localAddress() { return port.localAddress(); }

  /** The counters, now. */
  public RtpStats stats() {
    int seq = lastSequence;
    long s = ssrc;
    return new RtpStats(received, bytes, malformed, foreign, sent.get(),
        seq < 0 ? OptionalInt.empty() : OptionalInt.of(seq), s < 0 ? OptionalLong.empty() : OptionalLong.of(s),
        Optional.ofNullable(lastMalformedReason));
  }

  /** How often the listener threw. */
  public long listenerFailures() { return listenerFailures; }

  /** True once closed. */
  public boolean isClosed() { return closed; }

  /**
   * Stops the reader and releases the port to its pool. Waits up to a second for the reader to finish the
   * packet it is handing to the listener (not when called from the listener itself). Idempotent.
   */
  @Override public void close() {
    closed = true;
    port.close();
    if (Thread.currentThread() != reader) {
      try {
        reader.join(Duration.ofSeconds(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
