package dev.switchboard.media.rtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Optional;

/**
 * Hands out bound UDP sockets on even ports of a range (RFC 3550 §11: RTP on an even port, RTCP on the next
 * odd one, which this pool keeps free by never handing it out). The default range is
 * {@value #DEFAULT_MIN_PORT}–{@value #DEFAULT_MAX_PORT}: ports {@code p} with {@code min ≤ p} and
 * {@code p + 1 ≤ max}, so 5,000 concurrent legs. A port another process holds is skipped. Ports are handed out
 * round-robin, so a port just released is the last to come back (late packets of the old call do not reach
 * the next one). {@link #ephemeral} binds port 0 instead and lets the OS choose: for tests.
 *
 * <p>Thread-safe; {@link #acquire} blocks only for the bind system calls.
 */
public final class RtpPortPool {
  /** The lowest port of the default range. */
  public static final int DEFAULT_MIN_PORT = 10000;
  /** The highest port of the default range. */
  public static final int DEFAULT_MAX_PORT = 20000;

  private final InetAddress bindAddress;
  private final int base;
  private final boolean[] used;
  private int cursor;
  private int inUse;

  /**
   * A pool over the even ports of {@code minPort..maxPort} (inclusive) on {@code bindAddress}; {@code 0..0}
   * means "port 0" (see {@link #ephemeral}).
   */
  public RtpPortPool(InetAddress bindAddress, int minPort, int maxPort) {
    this.bindAddress = bindAddress;
    if (minPort == 0 && maxPort == 0) {
      this.base = 0;
      this.used = new boolean[0];
      return;
    }
    if (minPort < 1 || maxPort > 65535 || minPort > maxPort) {
      throw new IllegalArgumentException("bad RTP port range " + minPort + "-" + maxPort);
    }
    this.base = minPort + (minPort & 1);
    if (base + 1 > maxPort) {
      throw new IllegalArgumentException("RTP port range " + minPort + "-" + maxPort + " holds no even/odd pair");
    }
    this.used = new boolean[(maxPort - 1 - base) / 2 + 1];
  }

  /** The default range on {@code bindAddress}. */
  public static RtpPortPool defaults(InetAddress bindAddress) {
    return new RtpPortPool(bindAddress, DEFAULT_MIN_PORT, DEFAULT_MAX_PORT);
  }

  /** Port 0 mode: each socket gets a port the OS chooses (possibly odd). For tests. */
  public static RtpPortPool ephemeral(InetAddress bindAddress) {
    return new RtpPortPool(bindAddress, 0, 0);
  }

  /**
   * Binds the next free even port. The caller owns the result: close it, or hand it to
   * {@link RtpSession#open}, which closes it.
   *
   * @throws RtpPortsExhaustedException when no port of the range can be bound
   */
  public RtpPort acquire() {
    if (used.length == 0) {
      DatagramChannel channel = bind(0).orElseThrow();
      synchronized (this) {
        inUse++;
      }
      return new RtpPort(channel, this, -1);
    }
    synchronized (this) {
      for (int tried = 0; tried < used.length; tried++) {
        int slot = (cursor + tried) % used.length;
        if (!used[slot]) {
          Optional<DatagramChannel> channel = bind(base + 2 * slot);
          if (channel.isPresent()) {
            used[slot] = true;
            inUse++;
            cursor = (slot + 1) % used.length;
            return new RtpPort(channel.get(), this, slot);
          }
        }
      }
    }
    throw new RtpPortsExhaustedException("no free even UDP port in " + base + "-" + (base + 2 * used.length - 1)
        + " on " + bindAddress.getHostAddress());
  }

  /** How many ports are handed out and not yet closed. */
  public synchronized int inUse() { return inUse; }

  /** How many even ports the range holds (0 in port 0 mode). */
  public int capacity() { return used.length; }

  synchronized void release(int slot) {
    if (slot >= 0) {
      used[slot] = false;
    }
    inUse--;
  }

  private Optional<DatagramChannel> bind(int port) {
    DatagramChannel channel = null;
    try {
      channel = DatagramChannel.open();
      channel.bind(new InetSocketAddress(bindAddress, port));
      return Optional.of(channel);
    } catch (BindException e) {
      closeQuietly(channel);
      if (port == 0) {
        throw new UncheckedIOException("cannot bind UDP on " + bindAddress, e);
      }
      return Optional.empty();   // another process holds it: try the next one
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot open a UDP socket on " + bindAddress, e);
    }
  }

  private static void closeQuietly(DatagramChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was bound
      }
    }
  }
}
