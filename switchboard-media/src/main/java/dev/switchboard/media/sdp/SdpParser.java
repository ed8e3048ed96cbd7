package dev.switchboard.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The RFC 4566 §5 reader behind {@link SessionDescription#parse}; one instance per call, not thread-safe. */
final class SdpParser {
  private static final String KNOWN_TYPES = "vosiuepcbtrzkam";

  private int lineNo;
  private boolean sawVersion;
  private Origin origin;
  private String sessionName;
  private final List<OtherLine> otherLines = new ArrayList<>();
  private Connection connection;
  private final List<Bandwidth> bandwidths = new ArrayList<>();
  private final List<Timing> timings = new ArrayList<>();
  private final List<Attribute> attributes = new ArrayList<>();
  private final List<MediaDescription> media = new ArrayList<>();
  private MediaBuilder current;

  private SdpParser() {}

  static SessionDescription parse(String text) {
    return new SdpParser().run(text);
  }

  private SessionDescription run(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lineNo = i + 1;
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (!line.isEmpty()) {
        line(line);
      }
    }
    finishMedia();
    if (!sawVersion) {
      throw new SdpParseException("empty session description", 0);
    }
    if (origin == null) {
      throw new SdpParseException("missing o= line", 0);
    }
    if (sessionName == null) {
      throw new SdpParseException("missing s= line", 0);
    }
    return new SessionDescription(origin, sessionName, otherLines, Optional.ofNullable(connection), bandwidths,
        timings, attributes, media);
  }

  private void line(String line) {
    if (line.length() < 2 || line.charAt(1) != '=') {
      throw fail("not a <type>=<value> line: " + abbreviate(line));
    }
    char type = line.charAt(0);
    String value = line.substring(2);
    if (KNOWN_TYPES.indexOf(type) < 0) {
      throw fail("unknown line type " + type + "=");
    }
    if (!sawVersion) {
      if (type != 'v') {
        throw fail("a session description starts with v=");
      }
      if (!value.equals("0")) {
        throw fail("unsupported SDP version " + abbreviate(value));
      }
      sawVersion = true;
      return;
    }
    if (current != null) {
      mediaLine(type, value);
    } else {
      sessionLine(type, value);
    }
  }

  private void sessionLine(char type, String value) {
    switch (type) {
      case 'v' -> throw fail("second v= line");
      case 'o' -> {
        if (origin != null) {
          throw fail("second o= line");
        }
        origin = origin(value);
      }
      case 's' -> {
        if (sessionName != null) {
          throw fail("second s= line");
        }
        sessionName = value;
      }
      case 'c' -> {
        if (connection != null) {
          throw fail("second session-level c= line");
        }
        connection = connection(value);
      }
      case 'b' -> bandwidths.add(bandwidth(value));
      case 't' -> timings.add(timing(value));
      case 'a' -> attributes.add(attribute(value));
      case 'm' -> startMedia(value);
      default -> otherLines.add(new OtherLine(type, value));
    }
  }

  private void mediaLine(char type, String value) {
    switch (type) {
      case 'c' -> {
        if (current.connection != null) {
          throw fail("second c= line in a media description");
        }
        current.connection = connection(value);
      }
      case 'b' -> current.bandwidths.add(bandwidth(value));
      case 'a' -> current.attributes.add(attribute(value));
      case 'm' -> {
        finishMedia();
        startMedia(value);
      }
      case 'i', 'k' -> current.otherLines.add(new OtherLine(type, value));
      default -> throw fail(type + "= is not allowed in a media description");
    }
  }

  private Origin origin(String value) {
    String[] f = fields(value, 6, "o=<username> <sess-id> <sess-version> <nettype> <addrtype> <address>");
    OptionalLong version = Numbers.nonNegativeLong(f[2]);
    if (version.isEmpty()) {
      throw fail("session version is not a number: " + abbreviate(f[2]));
    }
    return new Origin(f[0], f[1], version.getAsLong(), f[3], f[4], f[5]);
  }

  private Connection connection(String value) {
    String[] f = fields(value, 3, "c=<nettype> <addrtype> <address>");
    return new Connection(f[0], f[1], f[2]);
  }

  private Bandwidth bandwidth(String value) {
    int colon = value.indexOf(':');
    OptionalLong v = colon > 0 ? Numbers.nonNegativeLong(value.substring(colon + 1).trim()) : OptionalLong.empty();
    if (v.isEmpty()) {
      throw fail("expected b=<bwtype>:<bandwidth>, got " + abbreviate(value));
    }
    return new Bandwidth(value.substring(0, colon), v.getAsLong());
  }

  private Timing timing(String value) {
    String[] f = fields(value, 2, "t=<start-time> <stop-time>");
    OptionalLong start = Numbers.nonNegativeLong(f[0]);
    OptionalLong stop = Numbers.nonNegativeLong(f[1]);
    if (start.isEmpty() || stop.isEmpty()) {
      throw fail("t= times must be numbers: " + abbreviate(value));
    }
    return new Timing(start.getAsLong(), stop.getAsLong());
  }

  private Attribute attribute(String value) {
    int colon = value.indexOf(':');
    // Trailing blanks after a property attribute ("a=sendrecv ") are a common slip; RFC 4566 has no blank there.
    String name = colon < 0 ? value.stripTrailing() : value.substring(0, colon);
    if (name.isEmpty() || name.indexOf(' ') >= 0) {
      throw fail("bad attribute name in a=" + abbreviate(value));
    }
    Attribute a = colon < 0 ? Attribute.flag(name) : Attribute.of(name, value.substring(colon + 1));
    checkKnownAttribute(a);
    return a;
  }

  /** The attributes Switchboard reads must be well-formed; a bad one fails here, with its line number. */
  private void checkKnownAttribute(Attribute a) {
    String v = a.value().orElse("");
    boolean ok = switch (a.name()) {
      case "rtpmap" -> RtpMap.parse(v).isPresent();
      case "fmtp" -> v.indexOf(' ') > 0 && Numbers.payloadType(v.substring(0, v.indexOf(' '))).isPresent();
      case "ptime", "maxptime" -> Numbers.nonNegative(v.trim()).isPresent();
      case "rtcp" -> RtcpAttribute.parse(v).isPresent();
      default -> true;
    };
    if (!ok) {
      throw fail("malformed a=" + a.name() + ": " + abbreviate(v));
    }
  }

  private void startMedia(String value) {
    String[] f = value.trim().split(" +");
    if (f.length < 4) {
      throw fail("expected m=<media> <port> <proto> <fmt> ..., got " + abbreviate(value));
    }
    String port = f[1];
    OptionalInt count = OptionalInt.empty();
    int slash = port.indexOf('/');
    if (slash >= 0) {
      count = Numbers.nonNegative(port.substring(slash + 1));
      if (count.isEmpty()) {
        throw fail("bad port count in m=" + abbreviate(value));
      }
      port = port.substring(0, slash);
    }
    OptionalInt p = Numbers.nonNegative(port);
    if (p.isEmpty() || p.getAsInt() > 65535) {
      throw fail("bad port in m=" + abbreviate(value));
    }
    current = new MediaBuilder(f[0], p.getAsInt(), count, f[2], List.of(f).subList(3, f.length));
  }

  private void finishMedia() {
    if (current != null) {
      media.add(current.build());
      current = null;
    }
  }

  private String[] fields(String value, int n, String shape) {
    String[] f = value.trim().split(" +");
    if (f.length != n || f[0].isEmpty()) {
      throw fail("expected " + shape + ", got " + abbreviate(value));
    }
    return f;
  }

  private SdpParseException fail(String message) {
    return new SdpParseException(message, lineNo);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? "'" + s + "'" : "'" + s.substring(0, 60) + "...'";
  }

  private static final class MediaBuilder {
    final String media;
    final int port;
    final OptionalInt count;
    final String protocol;
    final List<String> formats;
    final List<OtherLine> otherLines = new ArrayList<>();
    Connection connection;
    final List<Bandwidth> bandwidths = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();

    MediaBuilder(String media, int port, OptionalInt count, String protocol, List<String> formats) {
      this.media = media;
      this.port = port;
      this.count = count;
      this.protocol = protocol;
      this.formats = formats;
    }

    MediaDescription build() {
      return new MediaDescription(media, port, count, protocol, formats, otherLines, Optional.ofNullable(connection),
          bandwidths, attributes);
    }
  }
}
