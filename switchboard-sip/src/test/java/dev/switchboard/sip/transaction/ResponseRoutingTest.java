package dev.switchboard.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.TransportKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseRoutingTest {
  @ParameterizedTest(name = "{0} from {1}:{2}/{3}")
  @CsvSource(delimiter = '|', textBlock = """
      SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport | 198.51.100.7 | 40000 | UDP | SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;rport=40000;received=198.51.100.7 | 198.51.100.7:40000
      SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1       | 198.51.100.7 | 40000 | UDP | SIP/2.0/UDP 10.0.0.5:5062;branch=z9hG4bK1;received=198.51.100.7 | 198.51.100.7:5062
      SIP/2.0/UDP 198.51.100.7;branch=z9hG4bK1        | 198.51.100.7 | 40000 | UDP | SIP/2.0/UDP 198.51.100.7;branch=z9hG4bK1 | 198.51.100.7:5060
      SIP/2.0/TCP 10.0.0.5:5062;branch=z9hG4bK1       | 198.51.100.7 | 40000 | TCP | SIP/2.0/TCP 10.0.0.5:5062;branch=z9hG4bK1;received=198.51.100.7 | 198.51.100.7:40000
      SIP/2.0/UDP pbx.example.com;branch=z9hG4bK1;rport | 198.51.100.7 | 5060 | UDP | SIP/2.0/UDP pbx.example.com;branch=z9hG4bK1;rport=5060;received=198.51.100.7 | 198.51.100.7:5060
      """)
  void viaIsStampedAndResponsesRouted(String via, String ip, int port, String transport, String stamped,
      String destination) {
    SipRequest request = new SipRequest("OPTIONS", SipUri.parse("sip:a@b"), Headers.EMPTY.with("Via", via)
        .with("Via", "SIP/2.0/UDP proxy;branch=z9hG4bK2"));
    Peer source = Peer.of(TransportKind.parse(transport), ip, port);
    SipRequest out = ResponseRouting.stamp(request, source);
    assertThat(out.headers().values("Via")).containsExactly(stamped, "SIP/2.0/UDP proxy;branch=z9hG4bK2");
    Peer to = ResponseRouting.destination(out.topVia(), source);
    assertThat(to.ip() + ":" + to.port()).isEqualTo(destination);
  }
}
