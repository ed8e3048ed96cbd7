package dev.switchboard.media.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.media.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionDescriptionTest {

  private static SessionDescription fixture(String name) {
    return SessionDescription.parse(Fixtures.text("sdp/" + name));
  }

  @Test
  void polycomOfferKeepsEveryFormatAndAttributeInOrder() {
    SessionDescription sd = fixture("polycom-vvx-offer-g722-pcmu-pcma-telephone-event.sdp");
    assertThat(sd.origin()).isEqualTo(new Origin("-", "1762437600", 1762437600, "IN", "IP4", "192.0.2.21"));
    assertThat(sd.sessionName()).isEqualTo("Polycom IP Phone");
    assertThat(sd.connection()).contains(new Connection("IN", "IP4", "192.0.2.21"));
    assertThat(sd.timings()).containsExactly(Timing.UNBOUNDED);
    assertThat(sd.attributes()).containsExactly(Attribute.flag("sendrecv"));
    MediaDescription audio = sd.media().getFirst();
    assertThat(audio.media()).isEqualTo("audio");
    assertThat(audio.port()).isEqualTo(2222);
    assertThat(audio.protocol()).isEqualTo("RTP/AVP");
    assertThat(audio.payloadTypes()).containsExactly(9, 0, 8, 18, 127);
    assertThat(audio.rtpMap(18)).contains(new RtpMap(18, "G729", 8000, OptionalInt.empty()));
    assertThat(audio.fmtp(18)).contains("annexb=no");
    assertThat(audio.fmtp(127)).contains("0-15");
    assertThat(audio.direction()).isEmpty();
    assertThat(sd.direction(audio)).isEqualTo(Direction.SENDRECV);
    assertThat(TelephoneEventFormat.payloadType(audio)).hasValue(127);
  }

  @Test
  void linphoneOfferHasMediaLevelConnectionBandwidthRtcpAndAVideoStream() {
    SessionDescription sd = fixture("linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp");
    assertThat(sd.otherLines()).containsExactly(new OtherLine('i', "A call from linphone"));
    assertThat(sd.bandwidths()).containsExactly(new Bandwidth("AS", 380));
    assertThat(sd.attributes()).extracting(Attribute::name).containsExactly("rtcp-xr");
    assertThat(sd.media()).extracting(MediaDescription::media).containsExactly("audio", "video");
    MediaDescription audio = sd.media().get(0);
    assertThat(audio.connection()).contains(new Connection("IN", "IP4", "198.51.100.8"));
    assertThat(sd.connection(audio).orElseThrow().host()).isEqualTo("198.51.100.8");
    assertThat(audio.bandwidths()).containsExactly(new Bandwidth("AS", 100));
    assertThat(audio.otherLines()).containsExactly(new OtherLine('i', "audio stream"));
    assertThat(audio.rtpMap(96)).contains(new RtpMap(96, "opus", 48000, OptionalInt.of(2)));
    assertThat(audio.rtcp()).contains(new RtcpAttribute(7079, Optional.empty()));
    assertThat(audio.attribute("rtcp-fb")).contains(Attribute.of("rtcp-fb", "* trr-int 1000"));
    assertThat(audio.ptime()).hasValue(20);
    assertThat(audio.maxptime()).hasValue(40);
    MediaDescription video = sd.media().get(1);
    assertThat(sd.connection(video)).contains(new Connection("IN", "IP4", "198.51.100.7"));
    assertThat(video.rtcp()).contains(new RtcpAttribute(9079, Optional.of(Connection.of("198.51.100.7"))));
    assertThat(sd.direction(video)).isEqualTo(Direction.RECVONLY);
  }

  @Test
  void lfOnlyLineEndsParseLikeCrlf() {
    String lf = Fixtures.text("sdp/yealink-offer-lf-line-ends.sdp");
    assertThat(lf).doesNotContain("\r");
    assertThat(SessionDescription.parse(lf)).isEqualTo(SessionDescription.parse(lf.replace("\n", "\r\n")));
    assertThat(SessionDescription.parse(lf).media().getFirst().payloadTypes()).containsExactly(8, 0, 101);
  }

  @Test
  void writingUsesCrlfAndRfc4566Order() {
    SessionDescription sd = fixture("linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp");
    assertThat(sd.write()).isEqualTo(Fixtures.text("sdp/linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"polycom-vvx-offer-g722-pcmu-pcma-telephone-event.sdp", "yealink-offer-lf-line-ends.sdp",
      "linphone-offer-opus-first-audio-and-video-rtcp-bandwidth.sdp", "grandstream-hold-sendonly.sdp",
      "hold-rfc2543-connection-zero.sdp", "offer-inactive-session-level-attribute.sdp",
      "webrtc-offer-savpf-only-no-plain-rtp.sdp", "offer-video-first-then-audio-then-image.sdp",
      "offer-media-level-connection-only.sdp", "answer-pcma-with-telephone-event-and-different-media-address.sdp"})
  void parseWriteParseIsTheSameValue(String name) {
    SessionDescription sd = fixture(name);
    SessionDescription again = SessionDescription.parse(sd.write());
    assertThat(again).isEqualTo(sd);
    assertThat(again.write()).isEqualTo(sd.write());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing-version-line.sdp              | 1 | starts with v=
      sdp-version-1.sdp                     | 1 | unsupported SDP version '1'
      origin-with-five-fields.sdp           | 2 | expected o=
      origin-version-not-a-number.sdp       | 2 | session version is not a number
      second-origin-line.sdp                | 4 | second o= line
      media-port-not-a-number.sdp           | 6 | bad port
      media-port-above-65535.sdp            | 5 | bad port
      media-line-without-formats.sdp        | 5 | expected m=
      rtpmap-without-clock-rate.sdp         | 6 | malformed a=rtpmap
      ptime-not-a-number.sdp                | 6 | malformed a=ptime
      timing-line-inside-media-description.sdp | 5 | t= is not allowed in a media description
      unknown-line-type.sdp                 | 4 | unknown line type x=
      connection-with-two-fields.sdp        | 4 | expected c=
      line-without-equals-sign.sdp          | 4 | not a <type>=<value> line
      bandwidth-without-colon.sdp           | 4 | expected b=
      missing-origin-line.sdp               | 0 | missing o= line
      """)
  void malformedDescriptionsFailWithTheLineNumber(String name, int line, String message) {
    assertThatThrownBy(() -> SessionDescription.parse(Fixtures.text("sdp/bad/" + name)))
        .isInstanceOfSatisfying(SdpParseException.class, e -> assertThat(e.line()).isEqualTo(line))
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n", "\n\n"})
  void emptyInputIsAnError(String text) {
    assertThatThrownBy(() -> SessionDescription.parse(text)).isInstanceOf(SdpParseException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void blankLinesAndAMissingTimingLineAreTolerated() {
    SessionDescription sd = SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n\r\n"
        + "c=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0\r\n\r\n");
    assertThat(sd.timings()).isEmpty();
    assertThat(sd.write()).contains("t=0 0\r\n");
  }

  @Test
  void unknownAttributesAreKeptAsWritten() {
    SessionDescription sd = SessionDescription.parse("v=0\no=- 1 1 IN IP4 192.0.2.1\ns=\nt=0 0\n"
        + "m=audio 4000 RTP/AVP 0\na=X-nat:0\na=label:1 2  3\na=empty:\na=rtcp-mux\n");
    assertThat(sd.sessionName()).isEmpty();
    assertThat(sd.media().getFirst().attributes()).containsExactly(Attribute.of("X-nat", "0"),
        Attribute.of("label", "1 2  3"), Attribute.of("empty", ""), Attribute.flag("rtcp-mux"));
    assertThat(sd.write()).contains("a=label:1 2  3\r\na=empty:\r\na=rtcp-mux\r\n");
  }

  @Test
  void aBlankSessionNameAndBlanksAfterAPropertyAttributeAreRead() {
    SessionDescription sd = SessionDescription.parse(Fixtures.text("sdp/trailing-blank-after-sendonly-and-blank-session-name.sdp"));
    assertThat(sd.sessionName()).isEqualTo(" ");   // RFC 4566 §5.3: "s= " when there is no name
    assertThat(sd.direction(sd.media().getFirst())).isEqualTo(Direction.SENDONLY);
    assertThat(sd.write()).contains("s= \r\n").contains("a=sendonly\r\n");
  }

  @ParameterizedTest
  @CsvSource({"sendrecv,sendrecv", "sendonly,recvonly", "recvonly,sendonly", "inactive,inactive"})
  void directionsReverseAsRfc3264Says(String offered, String answered) {
    assertThat(Direction.fromAttribute(offered).orElseThrow().reverse().attribute()).isEqualTo(answered);
  }

  @Test
  void nextVersionChangesOnlyTheSessionVersion() {
    SessionDescription sd = fixture("grandstream-hold-sendonly.sdp");
    SessionDescription next = sd.withNextVersion();
    assertThat(next.origin().sessionVersion()).isEqualTo(8002);
    assertThat(next.origin().sessionId()).isEqualTo("8000");
    assertThat(next.sameContentAs(sd)).isTrue();
    assertThat(next).isNotEqualTo(sd);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      0 PCMU/8000          | 0  | PCMU | 8000  | 0
      101 telephone-event/8000 | 101 | telephone-event | 8000 | 0
      96 opus/48000/2      | 96 | opus | 48000 | 2
      """)
  void rtpMapsParse(String value, int pt, String name, int rate, int channels) {
    RtpMap map = RtpMap.parse(value).orElseThrow();
    assertThat(map).isEqualTo(new RtpMap(pt, name, rate, channels == 0 ? OptionalInt.empty() : OptionalInt.of(channels)));
    assertThat(map.attribute().value()).contains(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0 PCMU", "128 PCMU/8000", "x PCMU/8000", "0 /8000", "0 PCMU/8k", "0 PCMU/8000/1/2"})
  void malformedRtpMapsAreRejected(String value) {
    assertThat(RtpMap.parse(value)).isEmpty();
  }

  @Test
  void audioCodecsMatchByStaticTypeOrRtpmapName() {
    SessionDescription sd = fixture("offer-pcmu-at-dynamic-payload-type-96.sdp");
    MediaDescription m = sd.media().getFirst();
    assertThat(AudioCodec.of(m, 96)).contains(AudioCodec.PCMU);
    assertThat(AudioCodec.of(m, 102)).isEmpty();
    assertThat(TelephoneEventFormat.payloadType(m)).hasValue(102);
    MediaDescription noMaps = fixture("offer-video-first-then-audio-then-image.sdp").media().get(1);
    assertThat(AudioCodec.of(noMaps, 8)).contains(AudioCodec.PCMA);
    assertThat(AudioCodec.of(noMaps, 0)).contains(AudioCodec.PCMU);
    assertThat(List.of(AudioCodec.values())).extracting(AudioCodec::staticPayloadType).containsExactly(0, 8);
  }
}
