package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipMessageParserTest {

  @Test
  void inviteKeepsXHeadersAndUserToUserVerbatimInOrder() {
    SipRequest invite = Fixtures.request("invite-with-sdp-x-headers-and-user-to-user.sip");
    assertThat(invite.method()).isEqualTo("INVITE");
    assertThat(invite.requestUri().user()).isEqualTo("+14155551234");
    assertThat(invite.requestUri().transport()).contains("udp");
    assertThat(invite.topVia().branch()).contains("z9hG4bK776asdhds");
    assertThat(invite.topVia().hasRport()).isTrue();
    assertThat(invite.from().displayName()).isEqualTo("Alice Smith");
    assertThat(invite.from().tag()).contains("1928301774");
    assertThat(invite.to().tag()).isEmpty();
    assertThat(invite.callId()).isEqualTo("a84b4c76e66710@192.0.2.10");
    assertThat(invite.cseq()).isEqualTo(new CSeq(314159, "INVITE"));
    assertThat(invite.maxForwards()).hasValue(70);
    assertThat(invite.contact().orElseThrow().uri().transport()).contains("udp");
    List<SipHeader> custom = invite.headers().all().stream()
        .filter(h -> h.name().regionMatches(true, 0, "X-", 0, 2) || h.name().equals("User-to-User")).toList();
    assertThat(custom).containsExactly(new SipHeader("X-CustomerID", "12345"),
        new SipHeader("User-to-User", "123456789;encoding=hex"), new SipHeader("x-lower-case", "kept;as=sent"),
        new SipHeader("X-CustomerID", "second-value"));
    assertThat(invite.body().text()).startsWith("v=0\r\n").endsWith("a=sendrecv\r\n");
    assertThat(invite.headers().has("Content-Length")).isTrue();
  }

  @Test
  void compactFormsAreExpanded() {
    SipRequest invite = Fixtures.request("compact-header-forms.sip");
    assertThat(invite.headers().all()).extracting(SipHeader::name).containsExactly("Via", "From", "To", "Call-ID",
        "CSeq", "Contact", "Supported", "Session-Expires", "Content-Type", "Content-Length");
    assertThat(invite.to().uri().user()).isEqualTo("bob");
    assertThat(invite.headers().tokens("Supported")).containsExactly("timer", "100rel");
    assertThat(invite.body().text()).startsWith("v=0");
  }

  @Test
  void listHeadersAreSplitIntoElements() {
    SipRequest bye = Fixtures.request("multi-value-via-route-and-record-route.sip");
    assertThat(bye.vias()).extracting(Via::host)
        .containsExactly("proxy2.example.com", "proxy1.example.com", "[2001:db8::9:1]");
    assertThat(bye.vias().get(1).received()).contains("192.0.2.111");
    assertThat(bye.vias().get(2).rport()).hasValue(5070);
    assertThat(bye.routes()).extracting(r -> r.uri().host()).containsExactly("proxy1.example.com", "proxy2.example.com");
    assertThat(bye.recordRoutes()).extracting(r -> r.uri().toString())
        .containsExactly("sip:p3.example.com;lr", "sip:p4.example.com;lr;transport=tcp");
    assertThat(bye.to().displayName()).isEqualTo("Alice, the caller");
  }

  @Test
  void foldedLinesAreJoined() {
    SipRequest options = Fixtures.request("folded-header-lines.sip");
    assertThat(options.header("Subject")).contains("I know you're there, pick up the phone and talk to me!");
  }

  @Test
  void responsesParse() {
    SipResponse ok = (SipResponse) Fixtures.message("response-200-with-record-route-and-sdp.sip");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.reason()).isEqualTo("OK");
    assertThat(ok.isSuccess()).isTrue();
    assertThat(ok.to().tag()).contains("a6c85cf");
    assertThat(ok.header("x-far-end")).contains("answered");
    SipResponse challenge = (SipResponse) Fixtures.message("response-401-www-authenticate.sip");
    assertThat(challenge.headers().values("WWW-Authenticate")).hasSize(2);
    assertThat(challenge.headers().values("www-authenticate").get(1)).endsWith("algorithm=SHA-256");
  }

  @Test
  void authorizationIsNotSplitAtItsCommas() {
    SipRequest register = Fixtures.request("register-with-digest-authorization.sip");
    assertThat(register.headers().values("Authorization")).hasSize(1);
    assertThat(register.contact().orElseThrow().params().get("expires")).contains("3600");
  }

  @Test
  void leadingCrlfsAndBareLfLinesAreTolerated() {
    SipRequest ack = Fixtures.request("leading-crlf-and-lf-only-lines.sip");
    assertThat(ack.isAck()).isTrue();
    assertThat(ack.body().isEmpty()).isTrue();
  }

  @Test
  void datagramBodyIsCutToContentLength() {
    assertThat(Fixtures.request("datagram-body-longer-than-content-length.sip").body().text()).isEqualTo("hello");
  }

  @Test
  void escapedUserAndUriHeadersInHeaders() {
    SipRequest invite = Fixtures.request("request-uri-with-escaped-user-and-uri-headers.sip");
    assertThat(invite.requestUri().user()).isEqualTo("+14155551234;npdi");
    assertThat(invite.requestUri().port()).isEqualTo(5080);
    assertThat(invite.requestUri().params().get("user")).contains("phone");
    assertThat(invite.from().uri().scheme()).isEqualTo("tel");
    assertThat(invite.to().uri().headers()).containsExactly(new SipHeader("X-Customer", "Bob,Shield"),
        new SipHeader("User-to-User", "123456789;encoding=hex"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing-call-id.sip                              | 400 | 0   | missing Call-ID
      cseq-method-differs-from-request-method.sip      | 400 | 176 | CSeq method
      content-length-larger-than-datagram.sip          | 400 | 203 | exceeds
      sip-version-3.sip                                | 505 | 28  | version
      request-uri-scheme-mailto.sip                    | 416 | 8   | scheme
      via-port-not-a-number.sip                        | 400 | 71  | Via port
      headers-not-terminated.sip                       | 400 | 185 | empty line
      header-line-without-colon.sip                    | 400 | 187 | bad header line
      unterminated-from-angle-bracket.sip              | 400 | 124 | '>'
      status-code-out-of-range.sip                     | 400 | 8   | range
      max-forwards-not-a-number.sip                    | 400 | 203 | not a number
      uri-header-with-encoded-crlf-injection.sip       | 400 | 116  | URI header
      """)
  void malformedMessagesSayWhereAndWhichStatus(String fixture, int status, int offset, String text) {
    byte[] bytes = Fixtures.bytes("bad/" + fixture);
    assertThatThrownBy(() -> SipMessageParser.parse(bytes))
        .isInstanceOfSatisfying(SipParseException.class, e -> {
          assertThat(e.getMessage()).contains(text);
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.offset()).as(e.getMessage() + " near: " + near(bytes, e.offset())).isEqualTo(offset);
        });
  }

  @Test
  void aRequestThatFailsToParseIsAnswered400WhenItCanBeAddressed() {
    SipParseException e = catchParse(Fixtures.bytes("bad/max-forwards-not-a-number.sip"));
    SipResponse answer = (SipResponse) SipMessageParser.parse(Responses.forUnparseable(e).orElseThrow());
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.callId()).isEqualTo("bad11");
    assertThat(answer.topVia().branch()).contains("z9hG4bKbad11");
    assertThat(answer.header("Warning").orElseThrow()).contains("not a number");
    assertThat(answer.to().tag()).isPresent();
    SipParseException version = catchParse(Fixtures.bytes("bad/sip-version-3.sip"));
    assertThat(SipMessageParser.parse(Responses.forUnparseable(version).orElseThrow()))
        .isInstanceOfSatisfying(SipResponse.class, r -> assertThat(r.status()).isEqualTo(505));
  }

  @Test
  void unaddressableFailuresAreDropped() {
    assertThat(Responses.forUnparseable(catchParse(Fixtures.bytes("bad/missing-call-id.sip")))).isEmpty();
    assertThat(Responses.forUnparseable(catchParse(Fixtures.bytes("bad/status-code-out-of-range.sip")))).isEmpty();
    assertThat(Responses.forUnparseable(catchParse(Fixtures.bytes("bad/via-port-not-a-number.sip")))).isEmpty();
    assertThat(Responses.forUnparseable(catchParse("garbage".getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  private static SipParseException catchParse(byte[] bytes) {
    try {
      SipMessageParser.parse(bytes);
    } catch (SipParseException e) {
      return e;
    }
    throw new AssertionError("parsed");
  }

  private static String near(byte[] bytes, int offset) {
    int from = Math.max(0, Math.min(offset, bytes.length));
    return new String(bytes, from, Math.min(30, bytes.length - from), StandardCharsets.UTF_8);
  }
}
