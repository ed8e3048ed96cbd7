package dev.switchboard.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamFramerTest {
  private static final byte[] INVITE = SipMessageWriter.write(
      Fixtures.message("invite-with-sdp-x-headers-and-user-to-user.sip"));
  private static final byte[] BYE = SipMessageWriter.write(
      Fixtures.message("multi-value-via-route-and-record-route.sip"));

  @ParameterizedTest(name = "chunks of {0} bytes")
  @ValueSource(ints = {1, 7, 64, 1000, 100_000})
  void messagesAreCutByContentLengthWhateverTheChunking(int chunk) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(INVITE);
    stream.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    stream.writeBytes(BYE);
    stream.writeBytes(INVITE);
    byte[] all = stream.toByteArray();
    StreamFramer framer = new StreamFramer(65_536);
    List<SipMessage> out = new ArrayList<>();
    for (int i = 0; i < all.length; i += chunk) {
      framer.feed(all, i, Math.min(chunk, all.length - i));
      for (var m = framer.next(); m.isPresent(); m = framer.next()) {
        out.add(SipMessageParser.parse(m.get()));
      }
    }
    assertThat(out).extracting(m -> ((SipRequest) m).method()).containsExactly("INVITE", "BYE", "INVITE");
    assertThat(out.get(2).body().text()).endsWith("a=sendrecv\r\n");
  }

  @Test
  void doubleCrlfBetweenMessagesIsAKeepAlivePing() {
    StreamFramer framer = new StreamFramer(65_536);
    byte[] ping = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    framer.feed(ping, 0, ping.length);
    assertThat(framer.next()).isEmpty();
    assertThat(framer.takePing()).isTrue();
    assertThat(framer.takePing()).isFalse();
  }

  @Test
  void missingContentLengthOnAStreamIsFatal() {
    byte[] noLength = ("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bK1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    StreamFramer framer = new StreamFramer(65_536);
    framer.feed(noLength, 0, noLength.length);
    assertThatThrownBy(framer::next).isInstanceOf(SipParseException.class).hasMessageContaining("§18.3");
  }

  @Test
  void oversizeMessagesAreRefusedBeforeTheyAreBuffered() {
    StreamFramer framer = new StreamFramer(200);
    framer.feed(INVITE, 0, INVITE.length);
    assertThatThrownBy(framer::next).isInstanceOf(SipParseException.class).hasMessageContaining("exceeds 200");
    StreamFramer endless = new StreamFramer(100);
    byte[] junk = "X-A: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"
        .getBytes(StandardCharsets.US_ASCII);
    endless.feed(junk, 0, junk.length);
    assertThatThrownBy(endless::next).isInstanceOf(SipParseException.class).hasMessageContaining("headers exceed");
  }
}
