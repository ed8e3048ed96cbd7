package dev.switchboard.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.media.Fixtures;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RtpPacketTest {

  @Test
  void polycomPcmuPacketParses() {
    RtpPacket p = RtpPacket.parse(Fixtures.hex("rtp/pcmu-20ms-with-marker-from-polycom.hex"));
    assertThat(p.marker()).isTrue();
    assertThat(p.payloadType()).isZero();
    assertThat(p.sequenceNumber()).isEqualTo(4660);
    assertThat(p.timestamp()).isEqualTo(3_000_000_000L);
    assertThat(p.ssrc()).isEqualTo(0x1a2b3c4dL);
    assertThat(p.csrcs()).isEmpty();
    assertThat(p.extension()).isEmpty();
    assertThat(p.paddingLength()).isZero();
    assertThat(p.payloadLength()).isEqualTo(160);
    assertThat(p.payload()).containsOnly((byte) 0xff);
  }

  @Test
  void csrcsExtensionAndPaddingParse() {
    RtpPacket p = RtpPacket.parse(Fixtures.hex("rtp/csrc-list-extension-and-padding.hex"));
    assertThat(p.marker()).isFalse();
    assertThat(p.payloadType()).isEqualTo(8);
    assertThat(p.sequenceNumber()).isEqualTo(65535);
    assertThat(p.timestamp()).isEqualTo(0xFFFF_FFFFL);
    assertThat(p.ssrc()).isEqualTo(0xdeadbeefL);
    assertThat(p.csrcs()).containsExactly(1L, 0xFFFF_FFFFL);
    assertThat(p.extension()).contains(new RtpHeaderExtension(0xBEDE, HexFormat.of().parseHex("10aa0000")));
    assertThat(p.payload()).isEqualTo(HexFormat.of().parseHex("d5d5d5d5"));
    assertThat(p.paddingLength()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pcmu-20ms-with-marker-from-polycom.hex", "csrc-list-extension-and-padding.hex",
      "telephone-event-digit-5-end.hex"})
  void writingGivesTheSameBytes(String fixture) {
    byte[] wire = Fixtures.hex("rtp/" + fixture);
    assertThat(RtpPacket.parse(wire).toBytes()).isEqualTo(wire);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      version-1.hex                              | version 1, not 2
      shorter-than-header.hex                    | shorter than the 12-octet RTP header: 11 octets
      csrc-count-overruns-packet.hex             | 3 CSRCs do not fit in 16 octets
      extension-overruns-packet.hex              | header extension of 4 words overruns the packet
      extension-bit-without-extension-header.hex | no room for its header
      padding-count-zero.hex                     | padding count 0 does not fit
      padding-longer-than-payload.hex            | padding count 200 does not fit the 3 octets
      rtcp-receiver-report-on-rtp-port.hex       | payload type 73 is reserved (RTCP packet type 201)
      """)
  void malformedPacketsAreRefusedWithAReason(String fixture, String reason) {
    byte[] wire = Fixtures.hex("rtp/bad/" + fixture);
    assertThatThrownBy(() -> RtpPacket.parse(wire)).isInstanceOfSatisfying(RtpParseException.class,
        e -> assertThat(e.reason()).contains(reason));
  }

  @Test
  void parseReadsAtAnOffset() {
    byte[] wire = Fixtures.hex("rtp/telephone-event-digit-5-end.hex");
    byte[] framed = Fixtures.concat(new byte[] {1, 2, 3}, wire, new byte[] {9});
    assertThat(RtpPacket.parse(framed, 3, wire.length)).isEqualTo(RtpPacket.parse(wire));
  }

  @Test
  void randomBytesNeverThrowAnythingButRtpParseException() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 20_000; i++) {
      byte[] junk = new byte[random.nextInt(0, 64)];
      random.nextBytes(junk);
      if (junk.length > 0 && random.nextBoolean()) {
        junk[0] = (byte) (0x80 | (junk[0] & 0x3F));   // mostly version 2, to reach the deeper checks
      }
      try {
        RtpPacket p = RtpPacket.parse(junk);
        assertThat(RtpPacket.parse(p.toBytes())).isEqualTo(p);   // padding octets are written as zeros
      } catch (RtpParseException expected) {
        assertThat(expected.reason()).isNotBlank();
      }
    }
  }

  @Test
  void builtPacketsRoundTrip() {
    RtpPacket p = new RtpPacket(true, 101, 7, 123456, 42, List.of(5L), Optional.of(new RtpHeaderExtension(1,
        new byte[8])), new byte[] {5, (byte) 0x8a, 3, 32}, 1);
    assertThat(RtpPacket.parse(p.toBytes())).isEqualTo(p);
    assertThat(RtpPacket.of(0, 1, 160, 42, false, new byte[160]).toBytes()).hasSize(172);
  }

  @Test
  void thePayloadIsCopiedInAndOut() {
    byte[] payload = {1, 2, 3};
    RtpPacket p = RtpPacket.of(0, 1, 160, 42, false, payload);
    payload[0] = 9;
    p.payload()[1] = 9;
    assertThat(p.payload()).containsExactly(1, 2, 3);
  }

  @ParameterizedTest
  @CsvSource({"128,0,0,0", "-1,0,0,0", "0,65536,0,0", "0,0,4294967296,0", "0,0,0,-1"})
  void outOfRangeFieldsAreRefused(int pt, int seq, long ts, long ssrc) {
    assertThatThrownBy(() -> RtpPacket.of(pt, seq, ts, ssrc, false, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sixteenCsrcsAreRefused() {
    List<Long> csrcs = Arrays.asList(new Long[16]).stream().map(x -> 1L).toList();
    assertThatThrownBy(() -> new RtpPacket(false, 0, 0, 0, 0, csrcs, Optional.empty(), new byte[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
