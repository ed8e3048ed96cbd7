package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed SIP request or response. The typed accessors parse the header on each call (cheap; callers that
 * need a value repeatedly keep it); the parser has already checked the mandatory ones (Via, From, To, Call-ID,
 * CSeq), so on a parsed message they never throw.
 */
public sealed interface SipMessage permits SipRequest, SipResponse {
  Headers headers();

  Body body();

  /** A copy with other headers. */
  SipMessage withHeaders(Headers headers);

  default List<Via> vias() {
    List<Via> out = new ArrayList<>(2);
    for (String v : headers().values(HeaderNames.VIA)) {
      out.add(Via.parse(v));
    }
    return out;
  }

  default Via topVia() {
    return Via.parse(headers().first(HeaderNames.VIA).orElseThrow(() -> new SipParseException("no Via", 0)));
  }

  default NameAddress from() { return NameAddress.parse(required(HeaderNames.FROM)); }

  default NameAddress to() { return NameAddress.parse(required(HeaderNames.TO)); }

  default String callId() { return required(HeaderNames.CALL_ID); }

  default CSeq cseq() { return CSeq.parse(required(HeaderNames.CSEQ)); }

  default Optional<NameAddress> contact() {
    return headers().first(HeaderNames.CONTACT).filter(c -> !c.equals("*")).map(NameAddress::parse);
  }

  default List<NameAddress> contacts() { return addresses(HeaderNames.CONTACT); }

  default List<NameAddress> recordRoutes() { return addresses(HeaderNames.RECORD_ROUTE); }

  default List<NameAddress> routes() { return addresses(HeaderNames.ROUTE); }

  default OptionalInt maxForwards() {
    return headers().first(HeaderNames.MAX_FORWARDS).map(v -> OptionalInt.of(Integer.parseInt(v.trim())))
        .orElse(OptionalInt.empty());
  }

  default Optional<String> header(String name) { return headers().first(name); }

  private List<NameAddress> addresses(String name) {
    List<NameAddress> out = new ArrayList<>(2);
    for (String v : headers().values(name)) {
      if (!v.equals("*")) {
        out.add(NameAddress.parse(v));
      }
    }
    return out;
  }

  private String required(String name) {
    return headers().first(name).orElseThrow(() -> new SipParseException("missing " + name, 0));
  }
}
