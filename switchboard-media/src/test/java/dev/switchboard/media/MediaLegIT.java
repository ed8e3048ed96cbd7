package dev.switchboard.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.dtmf.DtmfDetector;
import dev.switchboard.media.rtp.RtpPacket;
import dev.switchboard.media.rtp.RtpPort;
import dev.switchboard.media.rtp.RtpPortPool;
import dev.switchboard.media.rtp.RtpSession;
import dev.switchboard.media.sdp.AudioCodec;
import dev.switchboard.media.sdp.Negotiated;
import dev.switchboard.media.sdp.SdpNegotiation;
import dev.switchboard.media.sdp.SessionDescription;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The whole path the SIP leg will take, on loopback: offer → answer on a pooled port → RTP both ways → close. */
class MediaLegIT {

  @Test
  void anOfferedCallCarriesRtpBothWaysAndItsDtmfBecomesDigits() throws Exception {
    RtpPortPool pool = new RtpPortPool(InetAddress.getLoopbackAddress(), 41200, 41209);
    try (DatagramSocket phone = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      phone.setSoTimeout(2000);
      SessionDescription offer = SessionDescription.parse(Fixtures
          .text("sdp/loopback-phone-offer-port-placeholder.sdp").replace("{port}", "" + phone.getLocalPort()));

      RtpPort port = pool.acquire();
      Negotiated n = SdpNegotiation.answer(offer, "127.0.0.1", port.port(), List.of(AudioCodec.PCMU, AudioCodec.PCMA))
          .orElseThrow();
      DtmfDetector dtmf = new DtmfDetector(n.telephoneEventPayloadType().orElseThrow());
      LinkedBlockingQueue<Character> digits = new LinkedBlockingQueue<>();
      RtpSession session = RtpSession.open(port, n.remoteRtp(), p -> dtmf.accept(p).ifPresent(digits::add));

      assertThat(n.codec()).isEqualTo(AudioCodec.PCMU);
      assertThat(SessionDescription.parse(n.local().write()).media().getFirst().port()).isEqualTo(41200);
      for (RtpPacket p : Fixtures.rtpPackets("dtmf/digit-5-start-updates-and-three-end-packets.txt", 77)) {
        byte[] bytes = p.toBytes();
        phone.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", port.port())));
      }
      assertThat(digits.poll(2, TimeUnit.SECONDS)).isEqualTo('5');
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (session.stats().received() < 9 && System.nanoTime() < deadline) {
        Thread.sleep(5);   // the repeated end packets are still in flight
      }
      assertThat(session.stats().received()).isEqualTo(9);

      assertThat(session.send(RtpPacket.of(n.payloadType(), 1, 160, 99, true, new byte[160]))).isTrue();
      DatagramPacket heard = new DatagramPacket(new byte[2048], 2048);
      phone.receive(heard);
      assertThat(RtpPacket.parse(heard.getData(), 0, heard.getLength()).payloadType()).isZero();

      session.close();
      assertThat(pool.inUse()).isZero();
      assertThat(digits).as("one digit for the whole event").isEmpty();
    }
  }
}
