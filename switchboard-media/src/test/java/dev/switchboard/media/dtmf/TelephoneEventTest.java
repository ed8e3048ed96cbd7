package dev.switchboard.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.media.Fixtures;
import dev.switchboard.media.rtp.RtpPacket;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TelephoneEventTest {

  /** RFC 4733 §3.2: events 0–15 are the keys, 16 is flash (no digit). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      0  | 0
      9  | 9
      10 | *
      11 | #
      12 | A
      13 | B
      14 | C
      15 | D
      16 | -
      255 | -
      """)
  void eventsMapToKeys(int event, String key) {
    Optional<Character> digit = new TelephoneEvent(event, false, 10, 0).digit();
    assertThat(digit).isEqualTo(key.equals("-") ? Optional.empty() : Optional.of(key.charAt(0)));
    if (digit.isPresent()) {
      assertThat(TelephoneEvent.ofDigit(digit.get(), false, 10, 0).event()).isEqualTo(event);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      050a00a0 | 5  | false | 10 | 160
      058a0320 | 5  | true  | 10 | 800
      0bbfffff | 11 | true  | 63 | 65535
      10000000 | 16 | false | 0  | 0
      """)
  void payloadsParseAndWriteBack(String hex, int event, boolean end, int volume, int duration) {
    byte[] payload = HexFormat.of().parseHex(hex);
    TelephoneEvent e = TelephoneEvent.parse(payload).orElseThrow();
    assertThat(e).isEqualTo(new TelephoneEvent(event, end, volume, duration));
    assertThat(e.toBytes()).isEqualTo(payload);
  }

  @Test
  void theReservedBitIsIgnoredOnReadAndClearOnWrite() {
    TelephoneEvent e = TelephoneEvent.parse(HexFormat.of().parseHex("01ca0320")).orElseThrow();
    assertThat(e).isEqualTo(new TelephoneEvent(1, true, 10, 800));
    assertThat(HexFormat.of().formatHex(e.toBytes())).isEqualTo("018a0320");
  }

  @Test
  void shortPayloadsAreEmpty() {
    assertThat(TelephoneEvent.parse(new byte[3])).isEmpty();
    assertThat(TelephoneEvent.parse(new byte[0])).isEmpty();
  }

  @Test
  void theFixturePacketCarriesDigitFive() {
    RtpPacket p = RtpPacket.parse(Fixtures.hex("rtp/telephone-event-digit-5-end.hex"));
    assertThat(TelephoneEvent.parse(p.payload())).contains(new TelephoneEvent(5, true, 10, 800));
  }

  @Test
  void outOfRangeValuesAndNonKeysAreRefused() {
    assertThatThrownBy(() -> new TelephoneEvent(256, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TelephoneEvent(1, false, 64, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TelephoneEvent(1, false, 0, 65536)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TelephoneEvent.ofDigit('E', false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
