package dev.switchboard.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code m=} section (RFC 4566 §5.14) with its own lines: {@code m=<media> <port>[/<count>] <proto>
 * <fmt> ...}, then {@code i= c= b= k= a=}. Formats are kept as text (for RTP profiles they are payload types).
 * A port of 0 marks a rejected or disabled stream (RFC 3264 §5.1, §6).
 */
public record MediaDescription(String media, int port, OptionalInt portCount, String protocol, List<String> formats,
    List<OtherLine> otherLines, Optional<Connection> connection, List<Bandwidth> bandwidths,
    List<Attribute> attributes) {
  public MediaDescription {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(portCount, "portCount");
    Objects.requireNonNull(connection, "connection");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    formats = List.copyOf(formats);
    otherLines = List.copyOf(otherLines);
    bandwidths = List.copyOf(bandwidths);
    attributes = List.copyOf(attributes);
  }

  /** True for {@code m=audio}. */
  public boolean isAudio() { return media.equals("audio"); }

  /** True when the port is 0: the stream is rejected (in an answer) or disabled (in an offer). */
  public boolean isRejected() { return port == 0; }

  /** True for a plain RTP profile we can carry: {@code RTP/AVP} or {@code RTP/AVPF} (no SRTP, no DTLS). */
  public boolean isPlainRtp() {
    return protocol.equalsIgnoreCase("RTP/AVP") || protocol.equalsIgnoreCase("RTP/AVPF");
  }

  /** This section with another port and no attributes: how an answer rejects it (RFC 3264 §6, port 0). */
  public MediaDescription rejected() {
    return new MediaDescription(media, 0, OptionalInt.empty(), protocol, formats, List.of(), Optional.empty(),
        List.of(), List.of());
  }

  /** The first attribute with this name. */
  public Optional<Attribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The formats that are payload types (0–127), in offer order; other tokens are skipped. */
  public List<Integer> payloadTypes() {
    List<Integer> out = new ArrayList<>();
    for (String f : formats) {
      Numbers.payloadType(f).ifPresent(out::add);
    }
    return out;
  }

  /** The {@code a=rtpmap} for this payload type. */
  public Optional<RtpMap> rtpMap(int payloadType) {
    return rtpMaps().stream().filter(m -> m.payloadType() == payloadType).findFirst();
  }

  /** Every well-formed {@code a=rtpmap}, in order. */
  public List<RtpMap> rtpMaps() {
    return attributes.stream().filter(a -> a.name().equals("rtpmap")).flatMap(a -> a.value().stream())
        .flatMap(v -> RtpMap.parse(v).stream()).toList();
  }

  /** The parameters of {@code a=fmtp:<payloadType> <parameters>}. */
  public Optional<String> fmtp(int payloadType) {
    String prefix = payloadType + " ";
    return attributes.stream().filter(a -> a.name().equals("fmtp")).flatMap(a -> a.value().stream())
        .filter(v -> v.startsWith(prefix)).map(v -> v.substring(prefix.length()).trim()).findFirst();
  }

  /** {@code a=ptime} in milliseconds (RFC 4566 §6). */
  public OptionalInt ptime() { return intAttribute("ptime"); }

  /** {@code a=maxptime} in milliseconds (RFC 4566 §6). */
  public OptionalInt maxptime() { return intAttribute("maxptime"); }

  /** The direction attribute written in this section, if any (see {@link SessionDescription#direction}). */
  public Optional<Direction> direction() {
    return attributes.stream().flatMap(a -> Direction.fromAttribute(a.name()).stream()).findFirst();
  }

  /** {@code a=rtcp} (RFC 3605). */
  public Optional<RtcpAttribute> rtcp() {
    return attribute("rtcp").flatMap(Attribute::value).flatMap(RtcpAttribute::parse);
  }

  private OptionalInt intAttribute(String name) {
    Optional<String> v = attribute(name).flatMap(Attribute::value);
    return v.isPresent() ? Numbers.nonNegative(v.get().trim()) : OptionalInt.empty();
  }

  void write(StringBuilder out) {
    out.append("m=").append(media).append(' ').append(port);
    portCount.ifPresent(n -> out.append('/').append(n));
    out.append(' ').append(protocol);
    formats.forEach(f -> out.append(' ').append(f));
    out.append("\r\n");
    otherLines.stream().filter(l -> l.type() == 'i').forEach(l -> out.append(l.text()).append("\r\n"));
    connection.ifPresent(c -> out.append("c=").append(c.value()).append("\r\n"));
    bandwidths.forEach(b -> out.append("b=").append(b.text()).append("\r\n"));
    otherLines.stream().filter(l -> l.type() == 'k').forEach(l -> out.append(l.text()).append("\r\n"));
    attributes.forEach(a -> out.append("a=").append(a.text()).append("\r\n"));
  }
}
