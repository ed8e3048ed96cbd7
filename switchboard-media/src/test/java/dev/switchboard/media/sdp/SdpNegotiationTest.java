package dev.switchboard.media.sdp;

import static dev.switchboard.media.sdp.AudioCodec.PCMA;
import static dev.switchboard.media.sdp.AudioCodec.PCMU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.Fixtures;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdpNegotiationTest {
  private static final List<AudioCodec> PCMU_FIRST = List.of(PCMU, PCMA);

  private static SessionDescription fixture(String name) {
    return SessionDescription.parse(Fixtures.text("sdp/" + name));
  }

  private static Negotiated answer(String fixture, List<AudioCodec> preference) {
    return SdpNegotiation.answer(fixture(fixture), "203.0.113.1", 10000, preference).orElseThrow();
  }

  /** offer fixture | preference | codec | payload type | telephone-event pt (-1: none) | remote | ptime | our direction. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      polycom-vvx-offer-g722-pcmu-pcma-telephone-event.sdp  | PCMU PCMA | PCMU | 0  | 127 | 192.0.2.21:2222   | 20 | SENDRECV
      polycom-vvx-offer-g722-pcmu-pcma-telephone-event.sdp  | PCMA PCMU | PCMA | 8  | 127 | 192.0.2.21:2222   | 20 | SENDRECV
      yealink-offer-lf-line-ends.sdp                        | PCMU PCMA | PCMU | 0  | 101 | 10.0.0.31:11780   | 20 | SENDRECV
      linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp | PCMA | PCMA | 8 | 101 | 198.51.100.8:7078 | 20 | SENDRECV
      grandstream-hold-sendonly.sdp                         | PCMU PCMA | PCMU | 0  | 101 | 192.0.2.44:5004   | 20 | RECVONLY
      hold-rfc2543-connection-zero.sdp                      | PCMU      | PCMU | 0  | -1  | 0.0.0.0:40000     | 20 | RECVONLY
      offer-inactive-session-level-attribute.sdp            | PCMU PCMA | PCMA | 8  | -1  | 192.0.2.51:40002  | 20 | INACTIVE
      offer-pcmu-at-dynamic-payload-type-96.sdp             | PCMA PCMU | PCMU | 96 | 102 | 192.0.2.61:30002  | 20 | SENDRECV
      offer-video-first-then-audio-then-image.sdp           | PCMU PCMA | PCMU | 0  | -1  | 192.0.2.62:30012  | 20 | SENDRECV
      offer-ptime-30-capped-by-maxptime-20.sdp              | PCMU      | PCMU | 0  | -1  | 192.0.2.63:30020  | 20 | SENDRECV
      offer-disabled-audio-then-second-audio.sdp            | PCMU PCMA | PCMA | 8  | -1  | 192.0.2.64:30030  | 20 | SENDRECV
      offer-media-level-connection-only.sdp                 | PCMU      | PCMU | 0  | -1  | [2001:db8::2]:30040 | 20 | SENDRECV
      """)
  void answersTheFirstUsableAudioStream(String fixture, String preference, AudioCodec codec, int pt, int te,
      String remote, int ptime, Direction direction) {
    List<AudioCodec> prefs = java.util.Arrays.stream(preference.split(" ")).map(AudioCodec::valueOf).toList();
    Negotiated n = answer(fixture, prefs);
    assertThat(n.codec()).isEqualTo(codec);
    assertThat(n.payloadType()).isEqualTo(pt);
    assertThat(n.telephoneEventPayloadType()).isEqualTo(te < 0 ? OptionalInt.empty() : OptionalInt.of(te));
    assertThat(n.remoteRtp().getAddress().getHostAddress() + ":" + n.remoteRtp().getPort())
        .isEqualTo(remote.replace("[2001:db8::2]", "2001:db8:0:0:0:0:0:2"));
    assertThat(n.ptime()).isEqualTo(ptime);
    assertThat(n.direction()).isEqualTo(direction);
    MediaDescription ours = n.local().media().get(n.mediaIndex());
    assertThat(ours.port()).isEqualTo(10000);
    assertThat(ours.payloadTypes().getFirst()).isEqualTo(pt);
    assertThat(n.local().direction(ours)).isEqualTo(direction);
    assertThat(SessionDescription.parse(n.local().write())).isEqualTo(n.local());
  }

  @Test
  void answerIsExactlyTheExpectedText() {
    Negotiated n = answer("polycom-vvx-offer-g722-pcmu-pcma-telephone-event.sdp", PCMU_FIRST);
    String id = n.local().origin().sessionId();
    assertThat(n.local().write()).isEqualTo(Fixtures.text("sdp/expected-answer-to-polycom-pcmu-and-telephone-event.sdp")
        .replace("{id}", id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"webrtc-offer-savpf-only-no-plain-rtp.sdp", "offer-g729-only.sdp"})
  void noUsableAudioMeans488(String fixture) {
    assertThat(SdpNegotiation.answer(fixture(fixture), "203.0.113.1", 10000, PCMU_FIRST)).isEmpty();
  }

  @Test
  void otherMediaLinesAreRejectedInOfferOrder() {
    Negotiated n = answer("offer-video-first-then-audio-then-image.sdp", PCMU_FIRST);
    assertThat(n.mediaIndex()).isEqualTo(1);
    assertThat(n.local().media()).extracting(MediaDescription::media).containsExactly("video", "audio", "image");
    assertThat(n.local().media()).extracting(MediaDescription::port).containsExactly(0, 10000, 0);
    assertThat(n.local().media().get(0).formats()).containsExactly("99");
    assertThat(n.local().media().get(2).protocol()).isEqualTo("udptl");
    assertThat(n.local().media().get(2).attributes()).isEmpty();
    assertThat(n.local().write()).contains("m=video 0 RTP/AVP 99\r\nm=audio 10000 RTP/AVP 0\r\n")
        .endsWith("m=image 0 udptl t38\r\n");
  }

  @Test
  void aDisabledFirstAudioStreamStaysDisabled() {
    Negotiated n = answer("offer-disabled-audio-then-second-audio.sdp", PCMU_FIRST);
    assertThat(n.mediaIndex()).isEqualTo(1);
    assertThat(n.local().media()).extracting(MediaDescription::port).containsExactly(0, 10000);
  }

  @Test
  void theAnswerOffersNoRtcpOrUnknownAttributes() {
    Negotiated n = answer("linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp", PCMU_FIRST);
    MediaDescription audio = n.local().media().getFirst();
    assertThat(audio.attributes()).extracting(Attribute::text).containsExactly("rtpmap:0 PCMU/8000",
        "rtpmap:101 telephone-event/8000", "fmtp:101 0-16", "ptime:20", "sendrecv");
    assertThat(n.local().media().get(1).port()).isZero();
  }

  @Test
  void reanswerKeepsTheSessionIdAndBumpsTheVersionOnlyWhenTheAnswerChanges() {
    Negotiated first = answer("yealink-offer-lf-line-ends.sdp", PCMU_FIRST);
    Negotiated same = SdpNegotiation.reanswer(fixture("yealink-offer-lf-line-ends.sdp"), first, PCMU_FIRST)
        .orElseThrow();
    assertThat(same.local()).isEqualTo(first.local());
    Negotiated hold = SdpNegotiation.reanswer(fixture("grandstream-hold-sendonly.sdp"), first, PCMU_FIRST)
        .orElseThrow();
    assertThat(hold.local().origin().sessionId()).isEqualTo(first.local().origin().sessionId());
    assertThat(hold.local().origin().sessionVersion()).isEqualTo(first.local().origin().sessionVersion() + 1);
    assertThat(hold.local().media().getFirst().port()).isEqualTo(10000);
    assertThat(hold.direction()).isEqualTo(Direction.RECVONLY);
    assertThat(hold.remoteRtp()).isEqualTo(new InetSocketAddress("192.0.2.44", 5004));
    Negotiated resumed = SdpNegotiation.reanswer(fixture("yealink-offer-lf-line-ends.sdp"), hold, PCMU_FIRST)
        .orElseThrow();
    assertThat(resumed.local().origin().sessionVersion()).isEqualTo(first.local().origin().sessionVersion() + 2);
    assertThat(resumed.direction()).isEqualTo(Direction.SENDRECV);
  }

  @Test
  void ourOfferListsCodecsInOrderWithTelephoneEvent() {
    SessionDescription offer = SdpNegotiation.offer("203.0.113.1", 10002, List.of(PCMA, PCMU), true);
    MediaDescription audio = offer.media().getFirst();
    assertThat(audio.formats()).containsExactly("8", "0", "101");
    assertThat(audio.fmtp(101)).contains("0-16");
    assertThat(offer.connection()).contains(Connection.of("203.0.113.1"));
    assertThat(offer.origin().sessionVersion()).isEqualTo(1);
    assertThat(SdpNegotiation.offer("203.0.113.1", 10002, List.of(PCMU), false).write())
        .contains("m=audio 10002 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\na=sendrecv\r\n")
        .doesNotContain("telephone-event");
  }

  @Test
  void acceptReadsTheAnswerToOurOffer() {
    SessionDescription offer = SdpNegotiation.offer("203.0.113.1", 10002, PCMU_FIRST, true);
    Negotiated n = SdpNegotiation.accept(offer,
        fixture("answer-pcma-with-telephone-event-and-different-media-address.sdp")).orElseThrow();
    assertThat(n.codec()).isEqualTo(PCMA);
    assertThat(n.payloadType()).isEqualTo(8);
    assertThat(n.telephoneEventPayloadType()).hasValue(101);
    assertThat(n.remoteRtp()).isEqualTo(new InetSocketAddress("203.0.113.10", 49172));
    assertThat(n.ptime()).isEqualTo(30);
    assertThat(n.direction()).isEqualTo(Direction.SENDRECV);
    assertThat(n.local()).isEqualTo(offer);
  }

  @Test
  void acceptRefusesARejectedStreamAnAnswerOfOtherShapeOrACodecWeDidNotOffer() {
    SessionDescription offer = SdpNegotiation.offer("203.0.113.1", 10002, List.of(PCMU), false);
    assertThat(SdpNegotiation.accept(offer, fixture("answer-audio-rejected-port-zero.sdp"))).isEmpty();
    assertThat(SdpNegotiation.accept(offer, fixture("offer-video-first-then-audio-then-image.sdp"))).isEmpty();
    SessionDescription pcmaOnly = SdpNegotiation.offer("203.0.113.1", 10002, List.of(PCMA), false);
    assertThat(SdpNegotiation.accept(pcmaOnly, fixture("answer-recvonly-to-our-hold-reoffer.sdp"))).isEmpty();
  }

  @Test
  void holdReofferBumpsTheVersionAndTheRecvonlyAnswerLeavesUsSending() {
    SessionDescription offer = SdpNegotiation.offer("203.0.113.1", 10002, List.of(PCMU), false);
    Negotiated call = SdpNegotiation.accept(offer,
        fixture("answer-pcma-with-telephone-event-and-different-media-address.sdp").withOrigin(offer.origin()))
        .orElse(null);
    assertThat(call).isNull();   // that answer picked PCMA, which this offer did not have
    Negotiated active = SdpNegotiation.accept(offer, fixture("yealink-offer-lf-line-ends.sdp")).orElseThrow();
    SessionDescription hold = SdpNegotiation.reoffer(active, Direction.SENDONLY);
    assertThat(hold.origin().sessionVersion()).isEqualTo(offer.origin().sessionVersion() + 1);
    assertThat(hold.origin().sessionId()).isEqualTo(offer.origin().sessionId());
    assertThat(hold.direction(hold.media().getFirst())).isEqualTo(Direction.SENDONLY);
    Negotiated held = SdpNegotiation.accept(hold, fixture("answer-recvonly-to-our-hold-reoffer.sdp")).orElseThrow();
    assertThat(held.direction()).isEqualTo(Direction.SENDONLY);
    assertThat(held.onHold()).isFalse();
  }
}
