package dev.switchboard.sip.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Running sipp (Debian {@code sip-tester}) in the interop tests; skipped without it unless SWITCHBOARD_REQUIRE_SIPP=1. */
final class Sipp {
  private Sipp() {}

  static void requireOrSkip() {
    boolean present = Files.isExecutable(Path.of("/usr/bin/sipp"));
    if (!present && "1".equals(System.getenv("SWITCHBOARD_REQUIRE_SIPP"))) {
      org.junit.jupiter.api.Assertions.fail("sipp is required (SWITCHBOARD_REQUIRE_SIPP=1) but /usr/bin/sipp is missing");
    }
    assumeTrue(present, "sipp not installed (apt-get install sip-tester)");
  }

  static int freeUdpPort() throws SocketException {
    try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  /** Waits (up to 10 s) until something has bound UDP {@code port} on loopback: sipp is listening. */
  static void awaitBound(int port) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (DatagramSocket probe = new DatagramSocket(null)) {
        probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      } catch (BindException e) {
        return;
      } catch (SocketException e) {
        throw new IllegalStateException(e);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("sipp did not bind UDP port " + port + " within 10 s");
  }
}
