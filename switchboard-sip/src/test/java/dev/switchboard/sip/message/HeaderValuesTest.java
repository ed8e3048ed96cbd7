package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of the typed header values: Via, NameAddress, CSeq (model: pkts ViaHeaderImplTest). */
class HeaderValuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1       | UDP | 192.0.2.1     | 5060 | z9hG4bK1 | ''         | false
      SIP/2.0/tcp client.example.com;branch=z9hG4bK2    | TCP | client.example.com | -1 | z9hG4bK2 | ''    | false
      SIP / 2.0 / UDP host:1;branch=z9hG4bK3;rport      | UDP | host          | 1    | z9hG4bK3 | ''         | true
      SIP/2.0/UDP [2001:db8::1]:5062;branch=z9hG4bK4;received=10.0.0.1;rport=4000 | UDP | [2001:db8::1] | 5062 | z9hG4bK4 | 10.0.0.1 | true
      SIP/2.0/TLS h;branch=abc                          | TLS | h             | -1   | abc      | ''         | false
      """)
  void viaElements(String text, String transport, String host, int port, String branch, String received,
      boolean rport) {
    Via via = Via.parse(text);
    assertThat(via.transport()).isEqualTo(transport);
    assertThat(via.host()).isEqualTo(host);
    assertThat(via.port()).isEqualTo(port);
    assertThat(via.branch()).contains(branch);
    assertThat(via.received().orElse("")).isEqualTo(received);
    assertThat(via.hasRport()).isEqualTo(rport);
    assertThat(via.hasRfc3261Branch()).isEqualTo(branch.startsWith("z9hG4bK"));
    assertThat(Via.parse(via.toString())).isEqualTo(via);
  }

  @Test
  void viaReceivedAndRportAreFilledIn() {
    Via via = Via.parse("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport")
        .withParam("received", "198.51.100.1").withParam("rport", "40000");
    assertThat(via.toString()).isEqualTo("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport=40000;received=198.51.100.1");
    assertThat(via.rport()).hasValue(40000);
    assertThat(Via.parse("SIP/2.0/TLS h;branch=z9hG4bK1").portOrDefault()).isEqualTo(5061);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      SIP/2.0 UDP h                  | 8
      SIP/3.0/UDP h                  | 0
      SIP/2.0/UDP                    | 11
      SIP/2.0/UDP h:x;branch=1       | 14
      SIP/2.0/UDP h;branch="open     | 14
      """)
  void badViasSayWhere(String text, int offset) {
    assertThatThrownBy(() -> Via.parse(text))
        .isInstanceOfSatisfying(SipParseException.class, e -> assertThat(e.offset()).isEqualTo(offset));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Alice Smith" <sip:alice@example.com>;tag=1928  | Alice Smith | sip:alice@example.com          | 1928
      Bob <sip:bob@example.com;transport=tcp>         | Bob         | sip:bob@example.com;transport=tcp | ''
      sip:carol@example.com;tag=88                    | ''          | sip:carol@example.com          | 88
      <sip:+1415@h;user=phone>;tag=a;x-p=q            | ''          | sip:+1415@h;user=phone         | a
      "Quote \\" in name" <sip:q@h>                   | Quote " in name | sip:q@h                    | ''
      <tel:+14155551234>;tag=t                        | ''          | tel:+14155551234               | t
      """)
  void nameAddresses(String text, String display, String uri, String tag) {
    NameAddress na = NameAddress.parse(text);
    assertThat(na.displayName()).isEqualTo(display);
    assertThat(na.uri().toString()).isEqualTo(uri);
    assertThat(na.tag().orElse("")).isEqualTo(tag);
    assertThat(NameAddress.parse(na.toString())).isEqualTo(na);
  }

  @Test
  void addrSpecParamsBelongToTheHeader() {
    NameAddress na = NameAddress.parse("sip:carol@example.com;transport=tcp;tag=88");
    assertThat(na.uri().params().has("transport")).isFalse();
    assertThat(na.params().get("transport")).contains("tcp");
    assertThat(na.toString()).isEqualTo("<sip:carol@example.com>;transport=tcp;tag=88");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1 INVITE          | 1          | INVITE
      314159  BYE       | 314159     | BYE
      2147483647 ACK    | 2147483647 | ACK
      """)
  void cseqs(String text, long number, String method) {
    assertThat(CSeq.parse(text)).isEqualTo(new CSeq(number, method));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      INVITE
      x INVITE
      2147483648 INVITE
      -1 INVITE
      1 IN/VITE
      """)
  void badCseqs(String text) {
    assertThatThrownBy(() -> CSeq.parse(text)).isInstanceOf(SipParseException.class);
  }

  @Test
  void compactFormsResolveToCanonicalNames() {
    assertThat(HeaderNames.canonical("i")).isEqualTo("Call-ID");
    assertThat(HeaderNames.canonical("V")).isEqualTo("Via");
    assertThat(HeaderNames.canonical("call-id")).isEqualTo("Call-ID");
    assertThat(HeaderNames.canonical("x")).isEqualTo("Session-Expires");
    assertThat(HeaderNames.canonical("X-CustomerID")).isEqualTo("X-CustomerID");
    assertThat(HeaderNames.canonical("User-to-User")).isEqualTo("User-to-User");
  }
}
