package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.Via;
import dev.switchboard.sip.transport.Peer;
import java.net.InetSocketAddress;

/**
 * Receiver-side Via handling: {@link #stamp} adds {@code received} when the sent-by is not the source IP
 * (RFC 3261 §18.2.1) and fills in {@code rport} when the client asked for it (RFC 3581 §4);
 * {@link #destination} says where responses go (§18.2.2): back over the connection on a stream; on UDP to the
 * source IP and, with rport, the source port, else the sent-by port. {@code maddr} is not supported. Pure.
 */
public final class ResponseRouting {
  private ResponseRouting() {}

  public static SipRequest stamp(SipRequest request, Peer source) {
    String top = request.headers().first(HeaderNames.VIA).orElseThrow();
    Via via = Via.parse(top);
    Via stamped = via;
    if (!via.host().equals(source.ip()) && !via.host().equals("[" + source.ip() + "]")) {
      stamped = stamped.withParam("received", source.ip());
    }
    if (via.hasRport()) {
      stamped = stamped.withParam("received", source.ip()).withParam("rport", Integer.toString(source.port()));
    }
    if (stamped == via) {
      return request;
    }
    return request.withHeaders(request.headers().withoutFirst(HeaderNames.VIA)
        .withFirst(HeaderNames.VIA, stamped.toString()));
  }

  public static Peer destination(Via stampedTopVia, Peer source) {
    if (source.transport().reliable() || stampedTopVia.hasRport()) {
      return source;
    }
    return new Peer(source.transport(), new InetSocketAddress(source.address().getAddress(),
        stampedTopVia.portOrDefault()));
  }
}
