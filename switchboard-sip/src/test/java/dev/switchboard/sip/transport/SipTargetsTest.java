package dev.switchboard.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.sip.message.SipUri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transport, port and address of a SIP URI (A/AAAA only, no SRV: Twilio spec §2.1). */
class SipTargetsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(textBlock = """
      sip:bob@127.0.0.1,                      UDP:127.0.0.1:5060
      sip:bob@127.0.0.1:5070,                 UDP:127.0.0.1:5070
      sip:bob@127.0.0.1;transport=tcp,        TCP:127.0.0.1:5060
      sip:bob@127.0.0.1;transport=TLS,        TLS:127.0.0.1:5061
      sip:bob@127.0.0.1:6000;transport=tls,   TLS:127.0.0.1:6000
      sips:bob@127.0.0.1,                     TLS:127.0.0.1:5061
      sips:bob@127.0.0.1;transport=tcp,       TLS:127.0.0.1:5061
      sip:bob@[::1]:5080;transport=udp,       UDP:0:0:0:0:0:0:0:1:5080
      sip:bob@localhost:5090,                 UDP:127.0.0.1:5090
      """)
  void resolvesTransportPortAndAddress(String uri, String peer) {
    assertThat(SipTargets.resolve(SipUri.parse(uri)).toString()).isEqualTo(peer);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      sip:bob@127.0.0.1;transport=sctp
      sip:bob@no-such-host.invalid
      tel:+14155550100
      """)
  void refusesWhatItCannotReach(String uri) {
    assertThatThrownBy(() -> SipTargets.resolve(SipUri.parse(uri))).isInstanceOf(SipTransportException.class);
  }
}
