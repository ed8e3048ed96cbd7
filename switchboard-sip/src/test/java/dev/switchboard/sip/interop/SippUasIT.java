package dev.switchboard.sip.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.IncomingInvite;
import dev.switchboard.sip.dialog.OutgoingInvite;
import dev.switchboard.sip.dialog.OutgoingCall;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.SipTargets;
import dev.switchboard.sip.transport.TransportKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our UAC against sipp's built-in {@code uas} scenario (INVITE → 180 → 200 → ACK, then our BYE → 200): five calls,
 * each answered, ACKed and hung up by us. sipp fails the call if our ACK or BYE is missing or malformed.
 */
class SippUasIT {
  private static final Body OFFER = Body.of("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
      + "m=audio 30000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");

  @Test
  void sippUasAnswersOurCallsAndTakesOurBye(@TempDir Path dir) throws Exception {
    Sipp.requireOrSkip();
    int calls = 5;
    int sippPort = Sipp.freeUdpPort();
    Path log = dir.resolve("sipp.log");
    Process sipp = new ProcessBuilder("sipp", "-sn", "uas", "-i", "127.0.0.1", "-p", Integer.toString(sippPort),
        "-m", Integer.toString(calls), "-nostdin", "-timeout", "60s", "-timeout_error", "-trace_err")
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    try (LoopbackStack stack = new LoopbackStack("sb", TransportKind.UDP, (SipApplication) invite -> invite.reject(603))) {
      Sipp.awaitBound(sippPort);
      SipUri target = SipUri.parse("sip:service@127.0.0.1:" + sippPort);
      for (int i = 0; i < calls; i++) {
        stack.dialogs.invite(OutgoingInvite.of(target, NameAddress.of(SipUri.parse("sip:+14155550199@"
            + stack.hostPort(TransportKind.UDP))), SipTargets.resolve(target)).withSdp(OFFER), new OutgoingCall.Listener() {
              @Override public void onAnswered(Dialog dialog, SipResponse response) {
                outcomes.add("answered " + response.body().text().contains("m=audio"));
                stack.dialogs.bye(dialog);
              }

              @Override public void onFailed(int status, Optional<SipResponse> response) {
                outcomes.add("failed " + status);
              }
            });
        assertThat(outcomes.poll(10, TimeUnit.SECONDS)).isEqualTo("answered true");
      }
      assertThat(sipp.waitFor(60, TimeUnit.SECONDS)).as("sipp finished").isTrue();
      assertThat(sipp.exitValue()).as(Files.readString(log)).isZero();
      assertThat(stack.dialogs.dialogCount()).isZero();
    } finally {
      sipp.destroy();
    }
  }
}
