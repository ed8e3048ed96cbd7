package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      100, Trying, ''
      180, Ringing, tag9
      200, OK, tag9
      487, Request Terminated, tag9
      """)
  void responsesCopyTheTransactionHeadersAndAddTheToTag(int status, String reason, String expectedTag) {
    SipRequest invite = Fixtures.request("multi-value-via-route-and-record-route.sip")
        .withHeaders(Fixtures.request("invite-with-sdp-x-headers-and-user-to-user.sip").headers());
    SipResponse response = Responses.to(invite, status, "tag9");
    assertThat(response.reason()).isEqualTo(reason);
    assertThat(response.to().tag().orElse("")).isEqualTo(expectedTag);
    assertThat(response.headers().values("Via")).isEqualTo(invite.headers().values("Via"));
    assertThat(response.callId()).isEqualTo(invite.callId());
    assertThat(response.cseq()).isEqualTo(invite.cseq());
    assertThat(response.header("X-CustomerID")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void anExistingToTagIsKept() {
    SipRequest bye = Fixtures.request("multi-value-via-route-and-record-route.sip");
    assertThat(Responses.to(bye, 200, "other").to().tag()).contains("1928301774");
    assertThat(Responses.to(bye, 200, "other").vias()).hasSize(3);
  }
}
