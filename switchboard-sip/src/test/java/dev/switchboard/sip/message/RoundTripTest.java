package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.Header;
import javax.sip.header.ViaHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** parse → write → parse is the identity, and JAIN-SIP RI (the oracle) agrees with what we write. */
class RoundTripTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"invite-with-sdp-x-headers-and-user-to-user.sip", "compact-header-forms.sip",
      "multi-value-via-route-and-record-route.sip", "folded-header-lines.sip",
      "response-200-with-record-route-and-sdp.sip", "register-with-digest-authorization.sip",
      "response-401-www-authenticate.sip", "leading-crlf-and-lf-only-lines.sip",
      "datagram-body-longer-than-content-length.sip", "request-uri-with-escaped-user-and-uri-headers.sip"})
  void writtenMessagesParseBackToTheSameMessageAndParseWithJainSip(String fixture) {
    SipMessage parsed = Fixtures.message(fixture);
    byte[] written = SipMessageWriter.write(parsed);
    SipMessage again = SipMessageParser.parse(written);
    assertThat(again.headers().without("Content-Length")).isEqualTo(parsed.headers().without("Content-Length"));
    assertThat(again.body()).isEqualTo(parsed.body());
    assertThat(SipMessageWriter.write(again)).isEqualTo(written);

    SIPMessage oracle = JainSipOracle.parse(written);
    assertThat(((CallIdHeader) oracle.getHeader("Call-ID")).getCallId()).isEqualTo(parsed.callId());
    CSeqHeader cseq = (CSeqHeader) oracle.getHeader("CSeq");
    assertThat(cseq.getSeqNumber()).isEqualTo(parsed.cseq().number());
    assertThat(cseq.getMethod()).isEqualTo(parsed.cseq().method());
    assertThat(((ViaHeader) oracle.getHeader("Via")).getBranch()).isEqualTo(parsed.topVia().branch().orElse(null));
    assertThat(oracle.getRawContent() == null ? 0 : oracle.getRawContent().length).isEqualTo(parsed.body().length());
    switch (parsed) {
      case SipRequest r -> assertThat(((SIPRequest) oracle).getMethod()).isEqualTo(r.method());
      case SipResponse r -> assertThat(((SIPResponse) oracle).getStatusCode()).isEqualTo(r.status());
    }
  }

  @Test
  void xHeadersReachJainSipInOrderWithTheirValues() {
    SipMessage invite = Fixtures.message("invite-with-sdp-x-headers-and-user-to-user.sip");
    SIPMessage oracle = JainSipOracle.parse(SipMessageWriter.write(invite));
    ListIterator<? extends Header> customers = oracle.getHeaders("X-CustomerID");
    assertThat(customers.next().toString().trim()).isEqualTo("X-CustomerID: 12345");
    assertThat(customers.next().toString().trim()).isEqualTo("X-CustomerID: second-value");
    assertThat(oracle.getHeader("User-to-User").toString().trim()).isEqualTo("User-to-User: 123456789;encoding=hex");
  }

  @Test
  void builtMessagesParseWithJainSip() {
    SipUri target = SipUri.parse("sip:bob@pbx.example.com;transport=tcp?X-customName=Bob%2CShield&User-to-User=1%3Bencoding%3Dhex");
    Headers headers = Headers.EMPTY
        .with("Via", Via.of("TCP", "203.0.113.1", 5060, "z9hG4bK-built-1").withParam("rport", "").toString())
        .with("Max-Forwards", "70")
        .with("From", new NameAddress("Switchboard \"Test\"", SipUri.sip("+14155550000", "sb.example"), Params.NONE)
            .withTag("f1").toString())
        .with("To", NameAddress.of(target.withoutHeaders()).toString())
        .with("Call-ID", "built-1@203.0.113.1")
        .with("CSeq", new CSeq(1, "INVITE").toString())
        .with("Contact", NameAddress.of(SipUri.sip("sb", "203.0.113.1", 5060).withParam("transport", "tcp")).toString());
    for (SipHeader h : target.headers()) {
      headers = headers.with(h.name(), h.value());
    }
    SipRequest invite = new SipRequest("INVITE", target.withoutHeaders(), headers, Body.of("v=0\r\n"));
    byte[] bytes = SipMessageWriter.write(invite);
    SIPMessage oracle = JainSipOracle.parse(bytes);
    assertThat(oracle.getHeader("X-customName").toString().trim()).isEqualTo("X-customName: Bob,Shield");
    assertThat(oracle.getHeader("User-to-User").toString().trim()).isEqualTo("User-to-User: 1;encoding=hex");
    assertThat(((SIPRequest) oracle).getRequestURI().toString()).isEqualTo("sip:bob@pbx.example.com;transport=tcp");
    SipRequest back = (SipRequest) SipMessageParser.parse(bytes);
    assertThat(back.from().displayName()).isEqualTo("Switchboard \"Test\"");
    assertThat(back.withBody(invite.body()).headers().without("Content-Length")).isEqualTo(invite.headers());

    SipResponse ringing = Responses.to(invite, 180, "t-2");
    SIPMessage oracleResponse = JainSipOracle.parse(SipMessageWriter.write(ringing));
    assertThat(((SIPResponse) oracleResponse).getToTag()).isEqualTo("t-2");
    List<String> names = ringing.headers().all().stream().map(SipHeader::name).toList();
    assertThat(names).containsExactly("Via", "From", "To", "Call-ID", "CSeq");
  }
}
