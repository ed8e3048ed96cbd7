package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a response to a request as RFC 3261 §8.2.6.2 says: the Via fields in order, From, Call-ID and CSeq
 * copied; To copied, with {@code toTag} added when the request's To has no tag (except on 100, which never
 * carries one); a 100 copies Timestamp (§8.2.6.1). Pure.
 */
public final class Responses {
  private Responses() {}

  public static SipResponse to(SipRequest request, int status, String toTag) {
    return to(request, status, ReasonPhrases.of(status), toTag);
  }

  public static SipResponse to(SipRequest request, int status, String reason, String toTag) {
    List<SipHeader> fields = new ArrayList<>(8);
    boolean addTag = status > 100 && !toTag.isEmpty() && request.to().tag().isEmpty();
    for (SipHeader h : request.headers().all()) {
      switch (h.name()) {
        case HeaderNames.VIA, HeaderNames.FROM, HeaderNames.CALL_ID, HeaderNames.CSEQ -> fields.add(h);
        case HeaderNames.TO -> fields.add(addTag
            ? new SipHeader(HeaderNames.TO, NameAddress.parse(h.value()).withTag(toTag).toString()) : h);
        case "Timestamp" -> {
          if (status == 100) {
            fields.add(h);
          }
        }
        default -> { }
      }
    }
    return new SipResponse(status, reason, Headers.of(fields), Body.EMPTY);
  }

  /** A response built from the raw headers of a request that failed to parse, if it can be addressed at all. */
  public static java.util.Optional<byte[]> forUnparseable(SipParseException e) {
    if (!e.isRequest()) {
      return java.util.Optional.empty();
    }
    List<SipHeader> fields = new ArrayList<>(8);
    int found = 0;
    for (SipHeader h : e.headersRead()) {
      String name = HeaderNames.canonical(h.name());
      if (name.equals(HeaderNames.VIA) || name.equals(HeaderNames.FROM) || name.equals(HeaderNames.TO)
          || name.equals(HeaderNames.CALL_ID) || name.equals(HeaderNames.CSEQ)) {
        fields.add(new SipHeader(name, name.equals(HeaderNames.TO) ? withTag(h.value()) : h.value()));
        found |= bit(name);
      }
    }
    if (found != 0b11111) {
      return java.util.Optional.empty();   // §18.2.1 cannot be routed back without Via; the rest are mandatory
    }
    try {
      Via.parse(e.headersRead().stream().filter(h -> h.is(HeaderNames.VIA)).findFirst().orElseThrow().value()
          .split(",")[0]);
    } catch (SipParseException bad) {
      return java.util.Optional.empty();
    }
    String reason = ReasonPhrases.of(e.status());
    String detail = e.getMessage().replaceAll("[\\r\\n]", " ");
    fields.add(new SipHeader("Warning", "399 switchboard \"" + detail.replace("\"", "'") + "\""));
    return java.util.Optional.of(SipMessageWriter.write(new SipResponse(e.status(), reason, Headers.of(fields),
        Body.EMPTY)));
  }

  /** §8.2.6.2: a final response carries a To tag; add one when the To parses and has none. */
  private static String withTag(String to) {
    try {
      NameAddress address = NameAddress.parse(to);
      return address.tag().isPresent() ? to
          : address.withTag(Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong())).toString();
    } catch (SipParseException e) {
      return to;
    }
  }

  private static int bit(String name) {
    return switch (name) {
      case HeaderNames.VIA -> 1;
      case HeaderNames.FROM -> 2;
      case HeaderNames.TO -> 4;
      case HeaderNames.CALL_ID -> 8;
      default -> 16;
    };
  }
}
