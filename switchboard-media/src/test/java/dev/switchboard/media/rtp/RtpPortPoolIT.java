package dev.switchboard.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binds real loopback UDP sockets, on a range well away from the default one other tests might use. */
class RtpPortPoolIT {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void handsOutEvenPortsRoundRobinAndReleasesThemOnClose() {
    RtpPortPool pool = new RtpPortPool(LOOPBACK, 41001, 41010);   // even ports 41002..41008 (RTCP up to 41009)
    assertThat(pool.capacity()).isEqualTo(4);
    List<RtpPort> ports = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ports.add(pool.acquire());
    }
    assertThat(ports).extracting(RtpPort::port).containsExactly(41002, 41004, 41006, 41008);
    assertThat(pool.inUse()).isEqualTo(4);
    assertThatThrownBy(pool::acquire).isInstanceOf(RtpPortsExhaustedException.class).hasMessageContaining("41002");
    ports.get(1).close();
    ports.get(1).close();   // twice is harmless
    assertThat(pool.inUse()).isEqualTo(3);
    try (RtpPort again = pool.acquire()) {
      assertThat(again.port()).isEqualTo(41004);
      assertThat(again.localAddress().getAddress()).isEqualTo(LOOPBACK);
    }
    ports.forEach(RtpPort::close);
    assertThat(pool.inUse()).isZero();
    try (RtpPort next = pool.acquire()) {
      assertThat(next.port()).isEqualTo(41006);   // round-robin: the cursor moved on past 41004
    }
  }

  @Test
  void aPortHeldByAnotherProcessIsSkipped() throws Exception {
    RtpPortPool pool = new RtpPortPool(LOOPBACK, 41020, 41025);
    try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(LOOPBACK, 41020));
         RtpPort port = pool.acquire()) {
      assertThat(squatter.isBound()).isTrue();
      assertThat(port.port()).isEqualTo(41022);
    }
    assertThat(pool.inUse()).isZero();
  }

  @Test
  void portZeroModeLetsTheSystemChoose() {
    RtpPortPool pool = RtpPortPool.ephemeral(LOOPBACK);
    try (RtpPort a = pool.acquire(); RtpPort b = pool.acquire()) {
      assertThat(a.port()).isPositive().isNotEqualTo(b.port());
      assertThat(pool.inUse()).isEqualTo(2);
    }
    assertThat(pool.inUse()).isZero();
    assertThat(pool.capacity()).isZero();
  }

  @Test
  void theDefaultRangeIsTenToTwentyThousand() {
    RtpPortPool pool = RtpPortPool.defaults(LOOPBACK);
    assertThat(pool.capacity()).isEqualTo(5000);
  }

  @ParameterizedTest
  @CsvSource({"10001,10003,1", "10000,10001,1", "10001,10002,-1", "0,100,-1", "20000,10000,-1", "65534,65536,-1"})
  void rangesHoldEvenOddPairs(int min, int max, int capacity) {
    if (capacity < 0) {
      assertThatThrownBy(() -> new RtpPortPool(LOOPBACK, min, max)).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(new RtpPortPool(LOOPBACK, min, max).capacity()).isEqualTo(capacity);
    }
  }
}
