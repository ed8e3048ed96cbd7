package dev.switchboard.sip.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads regression fixtures from src/test/resources/fixtures. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SipMessage message(String name) {
    return SipMessageParser.parse(bytes(name));
  }

  public static SipRequest request(String name) {
    return (SipRequest) message(name);
  }
}
