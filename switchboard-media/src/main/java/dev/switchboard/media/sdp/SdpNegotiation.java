package dev.switchboard.media.sdp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * RFC 3264 offer/answer for one audio stream of PCMU/PCMA plus telephone-event. Pure functions; nothing here
 * blocks, except that a {@code c=} holding a host name (not an IP literal) is resolved through DNS.
 *
 * <p>Rules: the audio stream is the first {@code m=audio} with a non-zero port, a plain RTP profile
 * ({@code RTP/AVP}, {@code RTP/AVPF}), a connection address and a codec from the preference list. The answer
 * accepts that one stream with exactly one codec — the first of <em>our</em> preference list the offer has, at
 * the offer's payload type — plus telephone-event when offered, and rejects every other m-line with port 0,
 * keeping the offer's order and count (RFC 3264 §6). Hold: an offer {@code sendonly} is answered
 * {@code recvonly}, {@code inactive} with {@code inactive}, {@code recvonly} with {@code sendonly}, and a
 * {@code c=0.0.0.0} offer (RFC 2543 hold, RFC 3264 §8.4) as if the offerer did not receive.
 */
public final class SdpNegotiation {
  /** The packet time when the offer names none (RFC 3551: 20 ms is the default packetization for G.711). */
  public static final int DEFAULT_PTIME = 20;
  static final String USERNAME = "switchboard";
  static final String SESSION_NAME = "Switchboard";

  private SdpNegotiation() {}

  /**
   * Answers an initial offer. Empty when the offer has no usable audio stream with a codec of
   * {@code preference}: the SIP side then answers 488 Not Acceptable Here (RFC 3261 §13.3.1.3).
   */
  public static Optional<Negotiated> answer(SessionDescription offer, String localAddress, int localRtpPort,
      List<AudioCodec> preference) {
    long id = ThreadLocalRandom.current().nextLong(1, 1L << 53);
    Origin origin = new Origin(USERNAME, Long.toString(id), 1, "IN", Connection.of(localAddress).addressType(),
        localAddress);
    return answer(offer, origin, localAddress, localRtpPort, preference);
  }

  /**
   * Answers a re-offer (re-INVITE or UPDATE) in an established session: same local address and port as the
   * answer before, same {@code o=} session id, and the version increased by one when the answer changes
   * (RFC 3264 §8; RFC 4566 §5.2). Empty as {@link #answer(SessionDescription, String, int, List)}.
   */
  public static Optional<Negotiated> reanswer(SessionDescription offer, Negotiated previous,
      List<AudioCodec> preference) {
    SessionDescription before = previous.local();
    String address = before.connection().map(Connection::host).orElse(before.origin().address());
    int port = before.media().get(previous.mediaIndex()).port();
    return answer(offer, before.origin(), address, port, preference).map(n -> n.local().sameContentAs(before) ? n
        : withLocal(n, n.local().withOrigin(before.origin().nextVersion())));
  }

  private static Optional<Negotiated> answer(SessionDescription offer, Origin origin, String localAddress,
      int localRtpPort, List<AudioCodec> preference) {
    if (preference.isEmpty()) {
      throw new IllegalArgumentException("no codecs to answer with");
    }
    for (int i = 0; i < offer.media().size(); i++) {
      MediaDescription m = offer.media().get(i);
      Optional<InetSocketAddress> remote = remoteOf(offer, m);
      Optional<Choice> choice = choose(m, preference);
      if (m.isAudio() && remote.isPresent() && choice.isPresent()) {
        return Optional.of(answerStream(offer, i, remote.get(), choice.get(), origin, localAddress, localRtpPort));
      }
    }
    return Optional.empty();
  }

  private static Negotiated answerStream(SessionDescription offer, int index, InetSocketAddress remote,
      Choice choice, Origin origin, String localAddress, int localRtpPort) {
    MediaDescription m = offer.media().get(index);
    Direction theirs = effectiveDirection(offer, m);
    Direction ours = theirs.reverse();
    int ptime = ptime(m.ptime(), m.maxptime());
    OptionalInt te = TelephoneEventFormat.payloadType(m);
    MediaDescription audio = audioSection(m.protocol(), localRtpPort, choice.codec, choice.payloadType, te, ptime,
        ours);
    List<MediaDescription> media = new ArrayList<>();
    for (int j = 0; j < offer.media().size(); j++) {
      media.add(j == index ? audio : offer.media().get(j).rejected());
    }
    SessionDescription answer = session(origin, localAddress, media);
    return new Negotiated(choice.codec, choice.payloadType, te, remote, ptime, ours, answer, index);
  }

  /**
   * Our initial offer: one {@code m=audio} with {@code codecs} at their static payload types, in that order,
   * then telephone-event at payload type {@value TelephoneEventFormat#DEFAULT_PAYLOAD_TYPE} when asked,
   * {@code a=ptime:20} and {@code a=sendrecv}.
   */
  public static SessionDescription offer(String localAddress, int localRtpPort, List<AudioCodec> codecs,
      boolean telephoneEvent) {
    if (codecs.isEmpty()) {
      throw new IllegalArgumentException("no codecs to offer");
    }
    List<String> formats = new ArrayList<>();
    List<Attribute> attributes = new ArrayList<>();
    for (AudioCodec c : codecs) {
      formats.add(Integer.toString(c.staticPayloadType()));
      attributes.add(c.rtpMap(c.staticPayloadType()).attribute());
    }
    if (telephoneEvent) {
      addTelephoneEvent(formats, attributes, TelephoneEventFormat.DEFAULT_PAYLOAD_TYPE);
    }
    attributes.add(Attribute.of("ptime", Integer.toString(DEFAULT_PTIME)));
    attributes.add(Attribute.flag(Direction.SENDRECV.attribute()));
    MediaDescription audio = new MediaDescription("audio", localRtpPort, OptionalInt.empty(), "RTP/AVP", formats,
        List.of(), Optional.empty(), List.of(), attributes);
    long id = ThreadLocalRandom.current().nextLong(1, 1L << 53);
    Origin origin = new Origin(USERNAME, Long.toString(id), 1, "IN", Connection.of(localAddress).addressType(),
        localAddress);
    return session(origin, localAddress, List.of(audio));
  }

  /**
   * A re-offer of our current description with another direction (hold: {@code sendonly}; resume:
   * {@code sendrecv}), its session version increased by one (RFC 3264 §8).
   */
  public static SessionDescription reoffer(Negotiated current, Direction direction) {
    SessionDescription local = current.local();
    List<MediaDescription> media = new ArrayList<>(local.media());
    MediaDescription m = media.get(current.mediaIndex());
    List<Attribute> attributes = new ArrayList<>(m.attributes().stream()
        .filter(a -> Direction.fromAttribute(a.name()).isEmpty()).toList());
    attributes.add(Attribute.flag(direction.attribute()));
    media.set(current.mediaIndex(), new MediaDescription(m.media(), m.port(), m.portCount(), m.protocol(),
        m.formats(), m.otherLines(), m.connection(), m.bandwidths(), attributes));
    return new SessionDescription(local.origin().nextVersion(), local.sessionName(), local.otherLines(),
        local.connection(), local.bandwidths(), local.timings(), local.attributes(), media);
  }

  /**
   * Reads the answer to {@code ourOffer} (RFC 3264 §7). Empty when the answer does not fit the offer: another
   * number of m-lines, our audio stream rejected (port 0), or no codec we offered.
   */
  public static Optional<Negotiated> accept(SessionDescription ourOffer, SessionDescription theirAnswer) {
    if (ourOffer.media().size() != theirAnswer.media().size()) {
      return Optional.empty();
    }
    for (int i = 0; i < ourOffer.media().size(); i++) {
      MediaDescription ours = ourOffer.media().get(i);
      if (!ours.isAudio() || ours.isRejected()) {
        continue;
      }
      MediaDescription theirs = theirAnswer.media().get(i);
      Optional<InetSocketAddress> remote = remoteOf(theirAnswer, theirs);
      Optional<Choice> choice = answeredCodec(ours, theirs);
      if (!theirs.isAudio() || remote.isEmpty() || choice.isEmpty()) {
        return Optional.empty();
      }
      OptionalInt te = TelephoneEventFormat.payloadType(ours).isPresent()
          ? TelephoneEventFormat.payloadType(theirs) : OptionalInt.empty();
      Direction offered = ourOffer.direction(ours);
      Direction answered = effectiveDirection(theirAnswer, theirs);
      Direction direction = Direction.of(offered.sends() && answered.receives(),
          offered.receives() && answered.sends());
      int ptime = theirs.ptime().isPresent() ? ptime(theirs.ptime(), theirs.maxptime())
          : ptime(ours.ptime(), theirs.maxptime());
      return Optional.of(new Negotiated(choice.get().codec, choice.get().payloadType, te, remote.get(), ptime,
          direction, ourOffer, i));
    }
    return Optional.empty();
  }

  private static Optional<Choice> answeredCodec(MediaDescription ours, MediaDescription theirs) {
    for (int pt : theirs.payloadTypes()) {
      // The answer uses the offer's payload type numbers (RFC 3264 §6.1), so read its rtpmap, else ours.
      Optional<AudioCodec> codec = theirs.rtpMap(pt).isPresent() ? AudioCodec.of(theirs, pt) : AudioCodec.of(ours, pt);
      if (codec.isPresent() && ours.payloadTypes().contains(pt) && codec.get().matches(ours, pt)) {
        return Optional.of(new Choice(codec.get(), pt));
      }
    }
    return Optional.empty();
  }

  private static Optional<Choice> choose(MediaDescription m, List<AudioCodec> preference) {
    if (m.isRejected() || !m.isPlainRtp()) {
      return Optional.empty();
    }
    for (AudioCodec codec : preference) {
      for (int pt : m.payloadTypes()) {
        if (codec.matches(m, pt)) {
          return Optional.of(new Choice(codec, pt));
        }
      }
    }
    return Optional.empty();
  }

  /** The direction a side declared, less "receives" when its connection address is 0.0.0.0 (RFC 3264 §8.4). */
  private static Direction effectiveDirection(SessionDescription sd, MediaDescription m) {
    Direction declared = sd.direction(m);
    boolean hold = sd.connection(m).map(Connection::isHold).orElse(false);
    return hold ? Direction.of(declared.sends(), false) : declared;
  }

  private static Optional<InetSocketAddress> remoteOf(SessionDescription sd, MediaDescription m) {
    if (m.isRejected()) {
      return Optional.empty();
    }
    return sd.connection(m).map(c -> new InetSocketAddress(c.host(), m.port())).filter(a -> !a.isUnresolved());
  }

  private static int ptime(OptionalInt ptime, OptionalInt maxptime) {
    int p = ptime.orElse(DEFAULT_PTIME);
    if (p == 0) {
      p = DEFAULT_PTIME;
    }
    return maxptime.isPresent() && maxptime.getAsInt() > 0 ? Math.min(p, maxptime.getAsInt()) : p;
  }

  private static MediaDescription audioSection(String protocol, int port, AudioCodec codec, int payloadType,
      OptionalInt telephoneEvent, int ptime, Direction direction) {
    List<String> formats = new ArrayList<>(List.of(Integer.toString(payloadType)));
    List<Attribute> attributes = new ArrayList<>(List.of(codec.rtpMap(payloadType).attribute()));
    telephoneEvent.ifPresent(te -> addTelephoneEvent(formats, attributes, te));
    attributes.add(Attribute.of("ptime", Integer.toString(ptime)));
    attributes.add(Attribute.flag(direction.attribute()));
    return new MediaDescription("audio", port, OptionalInt.empty(), protocol, formats, List.of(), Optional.empty(),
        List.of(), attributes);
  }

  private static void addTelephoneEvent(List<String> formats, List<Attribute> attributes, int pt) {
    formats.add(Integer.toString(pt));
    attributes.add(new RtpMap(pt, TelephoneEventFormat.ENCODING_NAME, TelephoneEventFormat.CLOCK_RATE,
        OptionalInt.empty()).attribute());
    attributes.add(Attribute.of("fmtp", pt + " " + TelephoneEventFormat.EVENTS));
  }

  private static SessionDescription session(Origin origin, String localAddress, List<MediaDescription> media) {
    return new SessionDescription(origin, SESSION_NAME, List.of(), Optional.of(Connection.of(localAddress)),
        List.of(), List.of(Timing.UNBOUNDED), List.of(), media);
  }

  private static Negotiated withLocal(Negotiated n, SessionDescription local) {
    return new Negotiated(n.codec(), n.payloadType(), n.telephoneEventPayloadType(), n.remoteRtp(), n.ptime(),
        n.direction(), local, n.mediaIndex());
  }

  private record Choice(AudioCodec codec, int payloadType) {}
}
