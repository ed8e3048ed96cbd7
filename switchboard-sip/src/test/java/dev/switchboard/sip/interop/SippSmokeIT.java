package dev.switchboard.sip.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogConfig;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.IncomingInvite;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.ExecutorSipScheduler;
import dev.switchboard.sip.transaction.TimerValues;
import dev.switchboard.sip.transaction.TransactionContext;
import dev.switchboard.sip.transaction.TransactionLayer;
import dev.switchboard.sip.transport.SipTransports;
import dev.switchboard.sip.transport.TransportConfig;
import dev.switchboard.sip.transport.UdpSipTransport;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sipp's built-in {@code uac} scenario (INVITE, 100/180 optional, 200, ACK, BYE, 200) against a tiny UAS made of
 * our layers: UDP transport → transactions → dialogs → an application that answers every INVITE. Skipped when
 * sipp (Debian {@code sip-tester}) is not installed.
 */
class SippSmokeIT {
  private static final Body SDP = Body.of("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
      + "m=audio 30000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");

  @Test
  void sippUacCallsComplete(@TempDir Path dir) throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/sipp"));
    if (!present && "1".equals(System.getenv("SWITCHBOARD_REQUIRE_SIPP"))) {
      org.junit.jupiter.api.Assertions.fail("sipp is required (SWITCHBOARD_REQUIRE_SIPP=1) but /usr/bin/sipp is missing");
    }
    assumeTrue(present, "sipp not installed (apt-get install sip-tester)");
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger byes = new AtomicInteger();
    SipApplication app = new SipApplication() {
      @Override public void onInvite(IncomingInvite invite) {
        invite.ringing(Body.EMPTY);
        invite.answer(SDP).ifPresent(d -> answered.incrementAndGet());
      }

      @Override public void onBye(Dialog dialog) { byes.incrementAndGet(); }
    };
    AtomicReference<TransactionLayer> layer = new AtomicReference<>();
    try (ExecutorSipScheduler scheduler = new ExecutorSipScheduler();
         UdpSipTransport udp = UdpSipTransport.open(TransportConfig.of(InetAddress.getLoopbackAddress(), 0),
             (m, source) -> layer.get().receive(m, source));
         SipTransports transports = new SipTransports(List.of(udp))) {
      DialogLayer dialogs = new DialogLayer(DialogConfig.defaults(SipUri.parse("sip:sb@" + udp.sentBy())),
          scheduler, app);
      layer.set(new TransactionLayer(new TransactionContext(transports, scheduler, TimerValues.RFC3261), dialogs));
      dialogs.attach(layer.get());
      int sippPort;
      try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
        sippPort = probe.getLocalPort();
      }
      Path log = dir.resolve("sipp.log");
      Process sipp = new ProcessBuilder("sipp", "-sn", "uac", "-i", "127.0.0.1", "-p", Integer.toString(sippPort),
          "-m", "20", "-r", "20", "-d", "200", "-nostdin", "-timeout", "30s", "-timeout_error",
          "127.0.0.1:" + udp.localAddress().getPort())
          .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(sipp.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(sipp.exitValue()).as(Files.readString(log)).isZero();
      assertThat(answered).hasValue(20);
      // the layer answers a BYE's 200 before it tells the application, so sipp may exit a moment before onBye runs
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (byes.get() < 20 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(byes).hasValue(20);
      assertThat(dialogs.dialogCount()).isZero();
    }
  }
}
