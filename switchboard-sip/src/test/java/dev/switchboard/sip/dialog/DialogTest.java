package dev.switchboard.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.Fixtures;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.TransportKind;
import org.junit.jupiter.api.Test;

/** Dialog state from INVITE/2xx on both sides (RFC 3261 §12.1) and in-dialog requests (§12.2.1.1). */
class DialogTest {
  private static final Peer PEER = Peer.of(TransportKind.UDP, "198.51.100.20", 5060);
  private final SipRequest invite = Fixtures.request("invite-with-sdp-x-headers-and-user-to-user.sip");
  private final SipResponse ok = (SipResponse) Fixtures.message("response-200-with-record-route-and-sdp.sip")
      .withHeaders(Fixtures.message("response-200-with-record-route-and-sdp.sip").headers()
          .with("Record-Route", "<sip:p2.example.com;lr>"));

  @Test
  void uacDialogReversesTheRouteSetAndTargetsTheContact() {
    Dialog d = Dialog.asUac(invite, ok, PEER, SipUri.parse("sip:sb@203.0.113.1"));
    assertThat(d.id()).isEqualTo(new DialogId("a84b4c76e66710@192.0.2.10", "1928301774", "a6c85cf"));
    assertThat(d.routeSet()).extracting(r -> r.uri().host()).containsExactly("p2.example.com", "p1.example.com");
    SipRequest bye = d.newRequest("BYE", 0);
    assertThat(bye.requestUri().toString()).isEqualTo("sip:bob@198.51.100.20:5060");
    assertThat(bye.headers().values("Route")).containsExactly("<sip:p2.example.com;lr>", "<sip:p1.example.com;lr>");
    assertThat(bye.cseq()).isEqualTo(new CSeq(314160, "BYE"));
    assertThat(bye.from().tag()).contains("1928301774");
    assertThat(bye.to().tag()).contains("a6c85cf");
    assertThat(d.newRequest("ACK", 314159).cseq()).isEqualTo(new CSeq(314159, "ACK"));
    assertThat(d.state()).isEqualTo(Dialog.State.CONFIRMED);
  }

  @Test
  void uasDialogKeepsTheRouteSetOrderAndChecksRemoteCSeq() {
    SipRequest proxied = invite.withHeaders(invite.headers().with("Record-Route", "<sip:p1.example.com;lr>")
        .with("Record-Route", "<sip:p2.example.com;lr>"));
    SipResponse answer = dev.switchboard.sip.message.Responses.to(proxied, 200, "uas1");
    Dialog d = Dialog.asUas(proxied, answer, PEER, SipUri.parse("sip:sb@203.0.113.1"));
    assertThat(d.id()).isEqualTo(new DialogId("a84b4c76e66710@192.0.2.10", "uas1", "1928301774"));
    assertThat(d.routeSet()).extracting(NameAddress::toString)
        .containsExactly("<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>");
    assertThat(d.remoteTarget().toString()).isEqualTo("sip:alice@192.0.2.10:5062;transport=udp");
    assertThat(d.acceptRemoteSeq(new CSeq(314160, "BYE"))).isTrue();
    assertThat(d.acceptRemoteSeq(new CSeq(314159, "INFO"))).isFalse();
    assertThat(d.newRequest("BYE", 0).cseq().number()).isEqualTo(1);
    assertThat(d.terminate()).isTrue();
    assertThat(d.terminate()).isFalse();
  }
}
