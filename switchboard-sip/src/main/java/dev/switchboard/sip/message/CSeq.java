package dev.switchboard.sip.message;

/** The CSeq header (RFC 3261 §20.16): a sequence number below 2^31 and the request method. */
public record CSeq(long number, String method) {
  public CSeq {
    if (number < 0 || number >= (1L << 31)) {
      throw new IllegalArgumentException("CSeq number out of range: " + number);
    }
  }

  public static CSeq parse(String text) {
    return parse(text, 0);
  }

  static CSeq parse(String text, int base) {
    String t = text.trim();
    int space = t.indexOf(' ');
    if (space < 0) {
      space = t.indexOf('\t');
    }
    if (space <= 0) {
      throw new SipParseException("CSeq needs 'number METHOD'", base);
    }
    String method = t.substring(space + 1).trim();
    long number;
    try {
      number = Long.parseLong(t.substring(0, space));
    } catch (NumberFormatException e) {
      throw new SipParseException("CSeq number is not a number", base);
    }
    if (number < 0 || number >= (1L << 31) || !Tokens.isToken(method)) {
      throw new SipParseException("CSeq out of range or bad method", base);
    }
    return new CSeq(number, method);
  }

  @Override public String toString() { return number + " " + method; }
}
