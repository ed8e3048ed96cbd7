package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;

/**
 * The ACK a client transaction sends for a non-2xx final response (RFC 3261 §17.1.1.3): same Request-URI,
 * Call-ID, From and top Via as the INVITE, the To of the response (with its tag), CSeq number of the INVITE
 * with method ACK, and the INVITE's Route headers. It is part of the INVITE transaction, so it has no
 * transaction of its own. Pure.
 */
final class AckForFailure {
  private AckForFailure() {}

  static SipRequest build(SipRequest invite, SipResponse response) {
    Headers headers = Headers.EMPTY
        .with(HeaderNames.VIA, invite.headers().first(HeaderNames.VIA).orElseThrow())
        .with(HeaderNames.MAX_FORWARDS, "70")
        .with(HeaderNames.FROM, invite.headers().first(HeaderNames.FROM).orElseThrow())
        .with(HeaderNames.TO, response.headers().first(HeaderNames.TO).orElseThrow())
        .with(HeaderNames.CALL_ID, invite.callId())
        .with(HeaderNames.CSEQ, new CSeq(invite.cseq().number(), SipRequest.ACK).toString());
    for (String route : invite.headers().values(HeaderNames.ROUTE)) {
      headers = headers.with(HeaderNames.ROUTE, route);
    }
    return new SipRequest(SipRequest.ACK, invite.requestUri(), headers);
  }
}
