package dev.switchboard.media;

import dev.switchboard.media.rtp.RtpPacket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

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

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The non-comment lines of a text fixture ({@code #} starts a comment line), trimmed, blank ones dropped. */
  public static List<String> lines(String name) {
    return text(name).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** A hex fixture: hex digits in any layout, {@code #} comments to the end of a line. */
  public static byte[] hex(String name) {
    String digits = String.join("", lines(name).stream().map(l -> l.replaceAll("#.*", ""))
        .map(l -> l.replaceAll("\\s+", "")).toList());
    return HexFormat.of().parseHex(digits);
  }

  /** RTP packets from a text fixture: {@code payload-type sequence timestamp marker payload-hex} per line. */
  public static List<RtpPacket> rtpPackets(String name, long ssrc) {
    return lines(name).stream().map(l -> l.split("\\s+"))
        .map(f -> RtpPacket.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), ssrc,
            f[3].equals("1"), HexFormat.of().parseHex(f[4])))
        .toList();
  }

  public static byte[] concat(byte[]... parts) {
    byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
