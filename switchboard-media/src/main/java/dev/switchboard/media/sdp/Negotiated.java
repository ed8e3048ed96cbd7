package dev.switchboard.media.sdp;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The outcome of an offer/answer exchange for the one audio stream Switchboard carries.
 *
 * @param codec the codec both sides use
 * @param payloadType the payload type that codec has on this stream (from the offer; usually 0 or 8)
 * @param telephoneEventPayloadType the RFC 4733 payload type, when both sides have telephone-event
 * @param remoteRtp where to send RTP: the peer's {@code c=} address and {@code m=} port. With {@code c=0.0.0.0}
 *     (hold) its address is the wildcard; {@code RtpSession} then sends nothing until the peer is latched
 * @param ptime packet time in milliseconds (the offer's {@code a=ptime}, capped by its {@code a=maxptime};
 *     20 when absent)
 * @param direction <em>our</em> direction: whether we send and/or receive ({@code recvonly} when the peer put
 *     us on hold with {@code sendonly} or {@code c=0.0.0.0})
 * @param local the description we send: the answer from {@code SdpNegotiation.answer}, our offer from
 *     {@code accept}. Its {@code o=} is the one a later re-answer builds on
 * @param mediaIndex the index of the audio section among the m-lines
 */
public record Negotiated(AudioCodec codec, int payloadType, OptionalInt telephoneEventPayloadType,
    InetSocketAddress remoteRtp, int ptime, Direction direction, SessionDescription local, int mediaIndex) {
  public Negotiated {
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(telephoneEventPayloadType, "telephoneEventPayloadType");
    Objects.requireNonNull(remoteRtp, "remoteRtp");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(local, "local");
  }

  /** True when the peer does not want our media (we are {@code recvonly} or {@code inactive}). */
  public boolean onHold() {
    return !direction.sends();
  }
}
