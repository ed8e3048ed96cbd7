package dev.switchboard.sip.message;

import java.util.List;

/**
 * The checks a parsed message must pass before the stack sees it: the mandatory headers of RFC 3261 §8.1.1
 * (Via, From, To, Call-ID, CSeq; a request's CSeq method equal to its method, §20.16) parse as their
 * types, Max-Forwards and Content-Length are numbers. Errors point at the offending header line.
 */
final class HeaderChecks {
  private HeaderChecks() {}

  /** Returns the Content-Length, or -1 when absent. */
  static int check(SipMessage message, List<SipHeader> raw, List<Integer> offsets) {
    int contentLength = -1;
    boolean via = false;
    boolean from = false;
    boolean to = false;
    boolean callId = false;
    boolean cseq = false;
    for (int i = 0; i < raw.size(); i++) {
      SipHeader h = raw.get(i);
      int at = offsets.get(i);
      int valueAt = at;
      String name = HeaderNames.canonical(h.name());
      switch (name) {
        case HeaderNames.VIA -> {
          for (String element : ListSplitter.split(h.value())) {
            Via.parse(element, valueAt);
          }
          via = true;
        }
        case HeaderNames.FROM -> {
          NameAddress.parse(h.value(), valueAt);
          from = true;
        }
        case HeaderNames.TO -> {
          NameAddress.parse(h.value(), valueAt);
          to = true;
        }
        case HeaderNames.CALL_ID -> {
          if (h.value().isEmpty()) {
            throw new SipParseException("empty Call-ID", at);
          }
          callId = true;
        }
        case HeaderNames.CSEQ -> {
          CSeq value = CSeq.parse(h.value(), valueAt);
          if (message instanceof SipRequest r && !value.method().equals(r.method())) {
            throw new SipParseException("CSeq method " + value.method() + " differs from " + r.method(), at);
          }
          cseq = true;
        }
        case HeaderNames.MAX_FORWARDS -> number(h.value(), at, 255);
        case HeaderNames.CONTENT_LENGTH -> contentLength = number(h.value(), at, Integer.MAX_VALUE);
        default -> { }
      }
    }
    String missing = !via ? "Via" : !from ? "From" : !to ? "To" : !callId ? "Call-ID" : !cseq ? "CSeq" : null;
    if (missing != null) {
      throw new SipParseException("missing " + missing + " header", 0);
    }
    return contentLength;
  }

  /** The value offset of the first header with that name, or 0. */
  static int offsetOf(String name, List<SipHeader> raw, List<Integer> offsets) {
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).is(name)) {
        return offsets.get(i);
      }
    }
    return 0;
  }

  private static int number(String value, int at, int max) {
    try {
      long n = Long.parseLong(value.trim());
      if (n < 0 || n > max) {
        throw new SipParseException("number out of range", at);
      }
      return (int) n;
    } catch (NumberFormatException e) {
      throw new SipParseException("not a number", at);
    }
  }
}
