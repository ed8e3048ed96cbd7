package dev.switchboard.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.Fixtures;
import dev.switchboard.media.rtp.RtpPacket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtmfDetectorTest {

  static List<RtpPacket> packets(String fixture, long ssrc) {
    return Fixtures.rtpPackets("dtmf/" + fixture, ssrc);
  }

  static String detect(DtmfDetector detector, List<RtpPacket> packets) {
    StringBuilder digits = new StringBuilder();
    packets.forEach(p -> detector.accept(p).ifPresent(digits::append));
    return digits.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      digit-5-start-updates-and-three-end-packets.txt | 5
      same-digit-twice-1-1.txt                        | 11
      lost-start-and-late-end-of-previous-digit.txt   | 23
      all-keys-star-hash-and-a-to-d.txt               | *#ABCD
      timestamp-wraps-around-2-to-the-32.txt          | 90
      """)
  void oneDigitPerEvent(String fixture, String digits) {
    assertThat(detect(new DtmfDetector(101), packets(fixture, 42))).isEqualTo(digits);
  }

  @Test
  void theDigitComesWithTheFirstPacketOfTheEvent() {
    List<RtpPacket> packets = packets("digit-5-start-updates-and-three-end-packets.txt", 42);
    DtmfDetector detector = new DtmfDetector(101);
    assertThat(detector.accept(packets.get(0))).isEmpty();   // PCMU audio
    assertThat(detector.accept(packets.get(1))).contains('5');
    assertThat(packets.subList(2, packets.size())).allSatisfy(p -> assertThat(detector.accept(p)).isEmpty());
  }

  @Test
  void otherPayloadTypesAreIgnored() {
    assertThat(detect(new DtmfDetector(96), packets("same-digit-twice-1-1.txt", 42))).isEmpty();
  }

  @Test
  void aNewSsrcStartsAfresh() {
    DtmfDetector detector = new DtmfDetector(101);
    String first = detect(detector, packets("same-digit-twice-1-1.txt", 42));
    String second = detect(detector, packets("same-digit-twice-1-1.txt", 43));   // e.g. after a re-INVITE
    assertThat(first + second).isEqualTo("1111");
  }

  @Test
  void shortPayloadsAreIgnored() {
    DtmfDetector detector = new DtmfDetector(101);
    assertThat(detector.accept(RtpPacket.of(101, 1, 100, 42, true, new byte[2]))).isEmpty();
    assertThat(detector.accept(RtpPacket.of(101, 2, 100, 42, false, new byte[] {7, (byte) 0x8a, 0, 10})))
        .contains('7');
  }
}
