package dev.switchboard.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real UDP on loopback: a plain DatagramSocket plays the phone. */
class RtpSessionIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private final RtpPortPool pool = RtpPortPool.ephemeral(LOOPBACK);
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private DatagramSocket phone() throws IOException {
    DatagramSocket s = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    s.setSoTimeout(2000);
    toClose.add(s);
    return s;
  }

  private RtpSession session(InetSocketAddress remote, List<RtpPacket> sink) {
    RtpSession s = RtpSession.open(pool.acquire(), remote, sink::add);
    toClose.add(s);
    return s;
  }

  private static void send(DatagramSocket from, byte[] bytes, InetSocketAddress to) throws IOException {
    from.send(new DatagramPacket(bytes, bytes.length, to));
  }

  private static RtpPacket receive(DatagramSocket phone) throws IOException {
    DatagramPacket d = new DatagramPacket(new byte[2048], 2048);
    phone.receive(d);
    return RtpPacket.parse(d.getData(), 0, d.getLength());
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static RtpPacket audio(int seq) {
    return RtpPacket.of(0, seq, 160L * seq, 0x1234, seq == 0, new byte[160]);
  }

  @Test
  void receivesValidatesCountsAndHandsPacketsToTheListener() throws Exception {
    DatagramSocket phone = phone();
    List<RtpPacket> got = new CopyOnWriteArrayList<>();
    RtpSession s = session((InetSocketAddress) phone.getLocalSocketAddress(), got);
    for (int seq = 0; seq < 10; seq++) {
      send(phone, audio(seq).toBytes(), s.localAddress());
    }
    send(phone, new byte[] {0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1}, s.localAddress());   // version 1
    send(phone, new byte[5], s.localAddress());
    await(() -> s.stats().malformed() == 2 && got.size() == 10);
    RtpStats stats = s.stats();
    assertThat(got).extracting(RtpPacket::sequenceNumber).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(stats.received()).isEqualTo(10);
    assertThat(stats.bytes()).isEqualTo(10 * 172);
    assertThat(stats.lastSequence()).hasValue(9);
    assertThat(stats.ssrc()).hasValue(0x1234);
    assertThat(stats.lastMalformedReason()).hasValueSatisfying(r -> assertThat(r).contains("shorter"));
  }

  @Test
  void latchesOnTheFirstValidPacketAndDropsOtherSources() throws Exception {
    DatagramSocket natted = phone();      // where the phone really sends from
    DatagramSocket intruder = phone();
    InetSocketAddress sdpAddress = new InetSocketAddress(LOOPBACK, 9);   // what its SDP claimed (discard port)
    List<RtpPacket> got = new CopyOnWriteArrayList<>();
    RtpSession s = session(sdpAddress, got);
    assertThat(s.remote()).isEqualTo(sdpAddress);
    assertThat(s.latchedRemote()).isEmpty();
    send(intruder, new byte[20], s.localAddress());       // malformed: does not latch
    await(() -> s.stats().malformed() == 1);
    send(natted, audio(1).toBytes(), s.localAddress());
    await(() -> got.size() == 1);
    assertThat(s.latchedRemote()).contains((InetSocketAddress) natted.getLocalSocketAddress());
    send(intruder, audio(2).toBytes(), s.localAddress());
    send(natted, audio(3).toBytes(), s.localAddress());
    await(() -> got.size() == 2);
    assertThat(got).extracting(RtpPacket::sequenceNumber).containsExactly(1, 3);
    assertThat(s.stats().foreign()).isEqualTo(1);
    assertThat(s.send(audio(100))).isTrue();
    assertThat(receive(natted).sequenceNumber()).isEqualTo(100);   // symmetric: back where it came from
    assertThat(s.stats().sent()).isEqualTo(1);
  }

  @Test
  void sendsToTheNegotiatedAddressBeforeLatchingAndNothingOnHold() throws Exception {
    DatagramSocket phone = phone();
    RtpSession s = session((InetSocketAddress) phone.getLocalSocketAddress(), new CopyOnWriteArrayList<>());
    assertThat(s.send(audio(7))).isTrue();
    assertThat(receive(phone)).isEqualTo(audio(7));
    s.retarget(new InetSocketAddress("0.0.0.0", 40000));
    assertThat(s.send(audio(8))).isFalse();
    s.retarget(new InetSocketAddress(LOOPBACK, 0));
    assertThat(s.send(audio(9))).isFalse();
    assertThat(s.stats().sent()).isEqualTo(1);
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheReader() throws Exception {
    DatagramSocket phone = phone();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    RtpSession s = RtpSession.open(pool.acquire(), (InetSocketAddress) phone.getLocalSocketAddress(), p -> {
      seen.add(p.sequenceNumber());
      throw new IllegalStateException("media plane bug");
    });
    toClose.add(s);
    send(phone, audio(1).toBytes(), s.localAddress());
    send(phone, audio(2).toBytes(), s.localAddress());
    await(() -> seen.size() == 2);
    assertThat(s.listenerFailures()).isEqualTo(2);
  }

  @Test
  void closeReleasesThePortAndStopsTheReader() throws Exception {
    DatagramSocket phone = phone();
    RtpPortPool ranged = new RtpPortPool(LOOPBACK, 41100, 41103);
    RtpSession s = RtpSession.open(ranged.acquire(), (InetSocketAddress) phone.getLocalSocketAddress(), p -> { });
    int port = s.localAddress().getPort();
    assertThat(ranged.inUse()).isEqualTo(1);
    s.close();
    s.close();
    assertThat(s.isClosed()).isTrue();
    assertThat(ranged.inUse()).isZero();
    assertThat(s.send(audio(1))).isFalse();
    try (DatagramSocket rebound = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
      assertThat(rebound.getLocalPort()).isEqualTo(port);   // the socket really is closed
    }
  }

  @Test
  void aMalformedStormOnOneSessionDoesNotDisturbAnother() throws Exception {
    DatagramSocket attacker = phone();
    DatagramSocket caller = phone();
    List<RtpPacket> stormed = new CopyOnWriteArrayList<>();
    List<RtpPacket> quiet = new CopyOnWriteArrayList<>();
    RtpSession victim = session((InetSocketAddress) attacker.getLocalSocketAddress(), stormed);
    RtpSession other = session((InetSocketAddress) caller.getLocalSocketAddress(), quiet);
    Thread storm = Thread.ofPlatform().start(() -> {
      byte[] junk = {0x40, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
      try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
        for (int i = 0; i < 50_000; i++) {
          send(s, junk, victim.localAddress());
        }
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    for (int seq = 0; seq < 200; seq++) {
      send(caller, audio(seq).toBytes(), other.localAddress());
      if (seq % 20 == 0) {
        Thread.sleep(1);   // a paced caller, while the storm runs flat out
      }
    }
    storm.join();
    await(() -> quiet.size() == 200);
    assertThat(quiet).extracting(RtpPacket::sequenceNumber).isSorted().doesNotHaveDuplicates();
    assertThat(other.stats().malformed()).isZero();
    await(() -> victim.stats().malformed() > 0);
    int seq = 1000;
    while (stormed.isEmpty()) {   // the storm may have filled the victim's buffer; it still serves its peer
      send(attacker, audio(seq++).toBytes(), victim.localAddress());
      Thread.sleep(5);
      assertThat(seq).isLessThan(2000);
    }
    assertThat(victim.stats().received()).isPositive();
  }

  @Test
  void idleSessionsHoldNoPlatformThread() throws Exception {
    var threads = ManagementFactory.getThreadMXBean();
    List<RtpSession> sessions = new ArrayList<>();
    RtpSession first = RtpSession.open(pool.acquire(), new InetSocketAddress(LOOPBACK, 9), p -> { });
    sessions.add(first);   // the first one may start the JDK's shared I/O poller threads
    Thread.sleep(50);
    int before = threads.getThreadCount();
    for (int i = 0; i < 200; i++) {
      sessions.add(RtpSession.open(pool.acquire(), new InetSocketAddress(LOOPBACK, 9), p -> { }));
    }
    Thread.sleep(100);   // let every reader reach its blocking receive
    int after = threads.getThreadCount();
    sessions.forEach(RtpSession::close);
    assertThat(after - before).as("platform threads added by 200 idle sessions").isLessThan(10);
    assertThat(pool.inUse()).isZero();
  }
}
