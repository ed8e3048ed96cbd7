package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.Via;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh identifiers: branch ids with the RFC 3261 magic cookie (§8.1.1.7), tags (§19.3: at least 32 bits of
 * randomness) and Call-IDs (§8.1.1.4). Random, never sequential, so they cannot be guessed or collide after a
 * restart.
 */
public final class Ids {
  private Ids() {}

  public static String newBranch() {
    return Via.MAGIC_COOKIE + random(8);
  }

  public static String newTag() {
    return random(6);
  }

  public static String newCallId(String host) {
    return random(12) + "@" + host;
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
