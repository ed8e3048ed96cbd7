package dev.switchboard.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One bound UDP socket from an {@link RtpPortPool}. Put {@link #port()} into the SDP, then hand it to
 * {@link RtpSession#open} (or {@link #close()} it when the call fails before media). Closing twice is harmless.
 */
public final class RtpPort implements AutoCloseable {
  private final DatagramChannel channel;
  private final RtpPortPool pool;
  private final int slot;
  private final InetSocketAddress local;
  private final AtomicBoolean closed = new AtomicBoolean();

  RtpPort(DatagramChannel channel, RtpPortPool pool, int slot) {
    this.channel = channel;
    this.pool = pool;
    this.slot = slot;
    try {
      this.local = (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The bound UDP port: the {@code m=audio} port of our SDP. */
  public int port() { return local.getPort(); }

  /** The bound address and port. */
  public InetSocketAddress localAddress() { return local; }

  DatagramChannel channel() { return channel; }

  /** True once closed. */
  public boolean isClosed() { return closed.get(); }

  /** Closes the socket and gives the port back to the pool. */
  @Override public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the port is released either way
      }
      pool.release(slot);
    }
  }
}
