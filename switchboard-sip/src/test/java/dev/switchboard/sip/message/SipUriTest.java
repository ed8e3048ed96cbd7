package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipUriTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sip:alice@example.com                          | sip  | alice        | example.com   | -1    | ''
      sip:example.com                                | sip  | ''           | example.com   | -1    | ''
      SIP:alice@example.com:5070                     | sip  | alice        | example.com   | 5070  | ''
      sips:bob@10.0.0.1:5061;transport=tcp           | sips | bob          | 10.0.0.1      | 5061  | ;transport=tcp
      sip:+14155551234@acme.sip.localhost;user=phone | sip  | +14155551234 | acme.sip.localhost | -1 | ;user=phone
      sip:alice@[2001:db8::1]:5062;lr                | sip  | alice        | [2001:db8::1] | 5062  | ;lr
      sip:%61lice@example.com                        | sip  | alice        | example.com   | -1    | ''
      sip:alice%20smith@example.com;maddr=239.255.255.1;ttl=15 | sip | alice smith | example.com | -1 | ;maddr=239.255.255.1;ttl=15
      sip:+1415;phone-context=example.com@gw.example.com | sip | +1415;phone-context=example.com | gw.example.com | -1 | ''
      """)
  void parsesUserHostPortAndParams(String text, String scheme, String user, String host, int port, String params) {
    SipUri uri = SipUri.parse(text);
    assertThat(uri.scheme()).isEqualTo(scheme);
    assertThat(uri.user()).isEqualTo(user);
    assertThat(uri.host()).isEqualTo(host);
    assertThat(uri.port()).isEqualTo(port);
    assertThat(uri.params().toString()).isEqualTo(params);
    assertThat(SipUri.parse(uri.toString())).isEqualTo(uri);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sip:alice:secret@example.com | alice | secret
      sip:alice:@example.com       | alice | ''
      """)
  void parsesPassword(String text, String user, String password) {
    SipUri uri = SipUri.parse(text);
    assertThat(uri.user()).isEqualTo(user);
    assertThat(uri.password()).isEqualTo(password);
  }

  @org.junit.jupiter.api.Test
  void uriHeadersArePercentDecodedInOrder() {
    SipUri uri = SipUri.parse(
        "sip:bob@pbx.example.com;transport=tls?X-customName=Bob%2CShield&User-to-User=123456789%3Bencoding%3Dhex&X-a=b%26c");
    assertThat(uri.headers()).containsExactly(new SipHeader("X-customName", "Bob,Shield"),
        new SipHeader("User-to-User", "123456789;encoding=hex"), new SipHeader("X-a", "b&c"));
    assertThat(uri.transport()).contains("tls");
    assertThat(uri.portOrDefault()).isEqualTo(5061);
    assertThat(uri.header("x-CUSTOMNAME")).contains("Bob,Shield");
    assertThat(uri.toString()).isEqualTo(
        "sip:bob@pbx.example.com;transport=tls?X-customName=Bob%2CShield&User-to-User=123456789%3Bencoding%3Dhex&X-a=b%26c");
    assertThat(SipUri.parse(uri.toString())).isEqualTo(uri);
    assertThat(uri.withoutHeaders().toString()).isEqualTo("sip:bob@pbx.example.com;transport=tls");
  }

  @org.junit.jupiter.api.Test
  void userIsEscapedOnOutputWhenNeeded() {
    assertThat(SipUri.sip("alice smith", "example.com").toString()).isEqualTo("sip:alice%20smith@example.com");
    assertThat(SipUri.sip("é", "example.com").toString()).isEqualTo("sip:%C3%A9@example.com");
    assertThat(SipUri.parse("sip:%C3%A9@example.com").user()).isEqualTo("é");
  }

  @org.junit.jupiter.api.Test
  void telUrisKeepTheNumberAndParams() {
    SipUri tel = SipUri.parse("tel:+1-201-555-0123;phone-context=example.com");
    assertThat(tel.scheme()).isEqualTo("tel");
    assertThat(tel.user()).isEqualTo("+1-201-555-0123");
    assertThat(tel.params().get("phone-context")).contains("example.com");
    assertThat(tel.toString()).isEqualTo("tel:+1-201-555-0123;phone-context=example.com");
  }

  @org.junit.jupiter.api.Test
  void defaultPortsFollowSchemeAndTransport() {
    assertThat(SipUri.parse("sip:a@h").portOrDefault()).isEqualTo(5060);
    assertThat(SipUri.parse("sips:a@h").portOrDefault()).isEqualTo(5061);
    assertThat(SipUri.parse("sip:a@h:7000").portOrDefault()).isEqualTo(7000);
    assertThat(SipUri.parse("sip:a@h").withParam("lr", "").toString()).isEqualTo("sip:a@h;lr");
  }

  record Bad(String text, int offset, int status) {}

  @org.junit.jupiter.api.Test
  void errorsCarryOffsetAndStatus() {
    for (Bad bad : List.of(new Bad("example.com", 0, 400), new Bad("mailto:bob@example.com", 0, 416),
        new Bad("sip:alice@exa mple.com", 13, 400), new Bad("sip:alice@example.com:70000", 22, 400),
        new Bad("sip:alice@", 10, 400), new Bad("sip:@example.com", 4, 400),
        new Bad("sip:alice@[::1", 10, 400), new Bad("sip:a@h?X-a", 8, 400), new Bad("sip:a@h?X-a=%zz", 12, 400),
        new Bad("sip:a@h;=x", 8, 400), new Bad("sip:a@h?X-a=b%0D%0Ac", 8, 400))) {
      assertThatThrownBy(() -> SipUri.parse(bad.text())).as(bad.text())
          .isInstanceOfSatisfying(SipParseException.class, e -> {
            assertThat(e.offset()).as(bad.text()).isEqualTo(bad.offset());
            assertThat(e.status()).as(bad.text()).isEqualTo(bad.status());
          });
    }
  }
}
