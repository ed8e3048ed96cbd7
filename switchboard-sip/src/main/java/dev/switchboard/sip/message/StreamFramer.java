package dev.switchboard.sip.message;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts a TCP/TLS byte stream into messages by Content-Length (RFC 3261 §18.3: required on streams). Feed it
 * bytes as they arrive and take messages while {@link #next()} has one. CRLFs between messages are skipped;
 * a double CRLF before any message is an RFC 5626 §3.5.1 keep-alive ping, reported by {@link #takePing()}.
 * A message whose headers or total size exceed the limit, or whose Content-Length is missing or not a number,
 * makes the stream unusable: {@link #next()} throws and the connection should be closed. One framer per
 * connection; not thread-safe.
 */
public final class StreamFramer {
  private final int maxMessageSize;
  private byte[] buf = new byte[4096];
  private int start;
  private int end;
  private int pings;

  public StreamFramer(int maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  public void feed(byte[] data, int offset, int length) {
    if (end + length > buf.length) {
      int live = end - start;
      if (live + length > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, live + length));
      }
      System.arraycopy(buf, start, buf, 0, live);
      start = 0;
      end = live;
    }
    System.arraycopy(data, offset, buf, end, length);
    end += length;
  }

  /** True once per keep-alive ping ("\r\n\r\n" between messages) seen so far; answer each with "\r\n". */
  public boolean takePing() {
    if (pings == 0) {
      return false;
    }
    pings--;
    return true;
  }

  /** The next complete message's bytes, or empty when more bytes are needed. */
  public Optional<byte[]> next() {
    int crlfs = 0;
    while (start < end && (buf[start] == '\r' || buf[start] == '\n')) {
      if (buf[start] == '\n' && ++crlfs % 2 == 0) {
        pings++;
      }
      start++;
    }
    int headerEnd = headerEnd();
    if (headerEnd < 0) {
      if (end - start > maxMessageSize) {
        throw new SipParseException("headers exceed " + maxMessageSize + " bytes", 0);
      }
      return Optional.empty();
    }
    int contentLength = contentLength(start, headerEnd);
    int total = headerEnd - start + contentLength;
    if (total > maxMessageSize) {
      throw new SipParseException("message of " + total + " bytes exceeds " + maxMessageSize, 0);
    }
    if (end - start < total) {
      return Optional.empty();
    }
    byte[] message = Arrays.copyOfRange(buf, start, start + total);
    start += total;
    if (start == end) {
      start = 0;
      end = 0;
    }
    return Optional.of(message);
  }

  /** Index just past the CRLFCRLF (or LFLF) ending the headers, or -1. */
  private int headerEnd() {
    for (int i = start; i + 1 < end; i++) {
      if (buf[i] == '\n') {
        if (buf[i + 1] == '\n') {
          return i + 2;
        }
        if (buf[i + 1] == '\r' && i + 2 < end && buf[i + 2] == '\n') {
          return i + 3;
        }
      }
    }
    return -1;
  }

  private int contentLength(int from, int to) {
    int lineStart = from;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        int value = valueIfContentLength(lineStart, i);
        if (value >= 0) {
          return value;
        }
        lineStart = i + 1;
      }
    }
    throw new SipParseException("Content-Length is required on a stream (RFC 3261 §18.3)", 0);
  }

  private int valueIfContentLength(int from, int nl) {
    String line = new String(buf, from, nl - from, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
    int colon = line.indexOf(':');
    if (colon < 0) {
      return -1;
    }
    String name = line.substring(0, colon).trim();
    if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("l")) {
      return -1;
    }
    try {
      int value = Integer.parseInt(line.substring(colon + 1).trim());
      if (value < 0) {
        throw new SipParseException("negative Content-Length", 0);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SipParseException("Content-Length is not a number", 0);
    }
  }
}
