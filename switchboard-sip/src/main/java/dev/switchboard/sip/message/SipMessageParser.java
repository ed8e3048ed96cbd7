package dev.switchboard.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one SIP message from bytes (RFC 3261 §7). A datagram's body is the rest of the datagram, cut to
 * Content-Length when that is shorter (§18.3); a Content-Length larger than the bytes present is an error. For
 * streams, frame first with {@link StreamFramer}, which hands over exactly one message. Known header names are
 * canonicalised (compact forms expanded), Via/Route/Record-Route/Contact lists are split into one field per
 * element, and every other header keeps its name, value and position. The mandatory headers are checked
 * here, so the typed accessors of a parsed message do not fail. Thread-safe (stateless).
 *
 * @throws SipParseException with the offset from {@code offset} and the status to answer with
 */
public final class SipMessageParser {
  private SipMessageParser() {}

  public static SipMessage parse(byte[] data) {
    return parse(data, 0, data.length);
  }

  public static SipMessage parse(byte[] data, int offset, int length) {
    int end = offset + length;
    int pos = offset;
    while (pos < end && (data[pos] == '\r' || data[pos] == '\n')) {
      pos++;   // §7.5: ignore CRLFs before the start line
    }
    int lineEnd = indexOf(data, pos, end, (byte) '\n');
    if (lineEnd < 0) {
      throw new SipParseException("no end of start line", pos - offset);
    }
    String startLine = line(data, pos, lineEnd);
    boolean isRequest = !startLine.startsWith("SIP/");
    int startLineOffset = pos - offset;
    List<SipHeader> raw = new ArrayList<>(16);
    List<Integer> offsets = new ArrayList<>(16);
    pos = lineEnd + 1;
    int bodyStart = -1;
    while (pos < end) {
      int nl = indexOf(data, pos, end, (byte) '\n');
      if (nl < 0) {
        throw fail("headers not terminated by an empty line", end - offset, isRequest, raw);
      }
      if (nl == pos || (nl == pos + 1 && data[pos] == '\r')) {
        bodyStart = nl + 1;
        break;
      }
      String text = line(data, pos, nl);
      if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
        if (raw.isEmpty()) {
          throw fail("continuation line before any header", pos - offset, isRequest, raw);
        }
        SipHeader last = raw.remove(raw.size() - 1);   // §7.3.1 folding: join with one space
        raw.add(new SipHeader(last.name(), (last.value() + " " + text.trim()).trim()));
      } else {
        int colon = text.indexOf(':');
        String name = colon < 0 ? "" : text.substring(0, colon).trim();
        if (!Tokens.isToken(name)) {
          throw fail("bad header line", pos - offset, isRequest, raw);
        }
        int valueAt = colon + 1;
        while (valueAt < text.length() && (text.charAt(valueAt) == ' ' || text.charAt(valueAt) == '\t')) {
          valueAt++;
        }
        raw.add(new SipHeader(name, text.substring(colon + 1).trim()));
        offsets.add(pos - offset + utf8Length(text, valueAt));
      }
      pos = nl + 1;
    }
    if (bodyStart < 0) {
      throw fail("headers not terminated by an empty line", end - offset, isRequest, raw);
    }
    Headers headers = canonical(raw);
    try {
      SipMessage message = isRequest
          ? requestLine(startLine, headers, startLineOffset)
          : statusLine(startLine, headers, startLineOffset);
      int contentLength = HeaderChecks.check(message, raw, offsets);
      int available = end - bodyStart;
      if (contentLength > available) {
        throw new SipParseException("Content-Length " + contentLength + " exceeds the " + available
            + " bytes present", HeaderChecks.offsetOf(HeaderNames.CONTENT_LENGTH, raw, offsets));
      }
      int bodyLength = contentLength >= 0 ? contentLength : available;
      Body body = Body.wrap(data, bodyStart, bodyLength);
      return message instanceof SipRequest r ? r.withBody(body) : ((SipResponse) message).withBody(body);
    } catch (SipParseException e) {
      throw e.within(0, isRequest, raw);
    }
  }

  private static SipMessage requestLine(String line, Headers headers, int base) {
    int sp1 = line.indexOf(' ');
    int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
      throw new SipParseException("request line must be 'METHOD URI SIP/2.0'", base);
    }
    String method = line.substring(0, sp1);
    if (!Tokens.isToken(method)) {
      throw new SipParseException("bad method", base);
    }
    String version = line.substring(sp2 + 1);
    if (!version.equals("SIP/2.0")) {
      throw new SipParseException("unsupported version " + version, base + sp2 + 1).withStatus(505);
    }
    SipUri uri = SipUriParser.parse(line.substring(sp1 + 1, sp2), base + sp1 + 1);
    return new SipRequest(method, uri, headers, Body.EMPTY);
  }

  private static SipMessage statusLine(String line, Headers headers, int base) {
    if (!line.startsWith("SIP/2.0 ") || line.length() < 11 || (line.length() > 11 && line.charAt(11) != ' ')) {
      throw new SipParseException("status line must be 'SIP/2.0 NNN reason'", base);
    }
    int status;
    try {
      status = Integer.parseInt(line.substring(8, 11));
    } catch (NumberFormatException e) {
      throw new SipParseException("status code is not a number", base + 8);
    }
    if (status < 100 || status > 699) {
      throw new SipParseException("status code out of range", base + 8);
    }
    return new SipResponse(status, line.length() > 12 ? line.substring(12) : "", headers, Body.EMPTY);
  }

  private static Headers canonical(List<SipHeader> raw) {
    List<SipHeader> out = new ArrayList<>(raw.size() + 4);
    for (SipHeader h : raw) {
      String name = HeaderNames.canonical(h.name());
      if (HeaderNames.isList(name) && h.value().indexOf(',') >= 0) {
        for (String element : ListSplitter.split(h.value())) {
          out.add(new SipHeader(name, element));
        }
      } else {
        out.add(name.equals(h.name()) ? h : new SipHeader(name, h.value()));
      }
    }
    return Headers.of(out);
  }

  private static SipParseException fail(String message, int offset, boolean isRequest, List<SipHeader> raw) {
    return new SipParseException(message, offset, 400, isRequest, raw);
  }

  private static int utf8Length(String text, int chars) {
    int n = 0;
    for (int i = 0; i < chars; i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private static int indexOf(byte[] data, int from, int end, byte b) {
    for (int i = from; i < end; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String line(byte[] data, int from, int nl) {
    int to = nl > from && data[nl - 1] == '\r' ? nl - 1 : nl;
    return new String(data, from, to - from, StandardCharsets.UTF_8);
  }
}
