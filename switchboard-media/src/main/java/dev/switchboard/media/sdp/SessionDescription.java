package dev.switchboard.media.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session description (RFC 4566), immutable. {@link #parse} reads the subset real phones send — {@code v o s
 * c b t m a}, several media sections of any kind, CRLF or LF line ends — and keeps every attribute and the
 * uninterpreted lines ({@link OtherLine}) as written; {@link #write} produces CRLF text in RFC 4566 order, so
 * parse → write → parse gives an equal value. {@code v=} is always 0.
 */
public record SessionDescription(Origin origin, String sessionName, List<OtherLine> otherLines,
    Optional<Connection> connection, List<Bandwidth> bandwidths, List<Timing> timings, List<Attribute> attributes,
    List<MediaDescription> media) {
  public SessionDescription {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sessionName, "sessionName");
    Objects.requireNonNull(connection, "connection");
    otherLines = List.copyOf(otherLines);
    bandwidths = List.copyOf(bandwidths);
    timings = List.copyOf(timings);
    attributes = List.copyOf(attributes);
    media = List.copyOf(media);
  }

  /**
   * Parses SDP text. Empty lines are skipped; a missing {@code t=} is accepted (and written as {@code t=0 0}).
   *
   * @throws SdpParseException with the line number for anything else RFC 4566 does not allow
   */
  public static SessionDescription parse(String text) {
    return SdpParser.parse(text);
  }

  /** The text, CRLF line ends, RFC 4566 §5 order. */
  public String write() {
    StringBuilder out = new StringBuilder(256);
    out.append("v=0\r\n");
    out.append("o=").append(origin.value()).append("\r\n");
    out.append("s=").append(sessionName).append("\r\n");
    writeOther(out, "iuep");
    connection.ifPresent(c -> out.append("c=").append(c.value()).append("\r\n"));
    bandwidths.forEach(b -> out.append("b=").append(b.text()).append("\r\n"));
    (timings.isEmpty() ? List.of(Timing.UNBOUNDED) : timings)
        .forEach(t -> out.append("t=").append(t.value()).append("\r\n"));
    writeOther(out, "rzk");
    attributes.forEach(a -> out.append("a=").append(a.text()).append("\r\n"));
    media.forEach(m -> m.write(out));
    return out.toString();
  }

  private void writeOther(StringBuilder out, String types) {
    for (char type : types.toCharArray()) {
      otherLines.stream().filter(l -> l.type() == type).forEach(l -> out.append(l.text()).append("\r\n"));
    }
  }

  /** The connection that applies to a media section: its own {@code c=}, else the session's (RFC 4566 §5.7). */
  public Optional<Connection> connection(MediaDescription m) {
    return m.connection().or(() -> connection);
  }

  /**
   * The direction that applies to a media section: its own attribute, else the session-level one, else
   * {@code sendrecv} (RFC 3264 §5.1).
   */
  public Direction direction(MediaDescription m) {
    return m.direction().or(() -> attributes.stream().flatMap(a -> Direction.fromAttribute(a.name()).stream())
        .findFirst()).orElse(Direction.SENDRECV);
  }

  /** This description with the session version increased by one: what a changed re-offer or re-answer sends. */
  public SessionDescription withNextVersion() {
    return withOrigin(origin.nextVersion());
  }

  /** This description with another origin line. */
  public SessionDescription withOrigin(Origin newOrigin) {
    return new SessionDescription(newOrigin, sessionName, otherLines, connection, bandwidths, timings, attributes,
        media);
  }

  /** True when both describe the same session apart from the {@code o=} line. */
  public boolean sameContentAs(SessionDescription other) {
    return withOrigin(other.origin).equals(other);
  }
}
