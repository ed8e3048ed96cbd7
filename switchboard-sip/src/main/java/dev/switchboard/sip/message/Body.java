package dev.switchboard.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A message body: immutable bytes with content equality. */
public final class Body {
  public static final Body EMPTY = new Body(new byte[0]);

  private final byte[] bytes;

  private Body(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Body of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Body(bytes.clone());
  }

  public static Body of(String text) {
    return text.isEmpty() ? EMPTY : new Body(text.getBytes(StandardCharsets.UTF_8));
  }

  static Body wrap(byte[] bytes, int offset, int length) {
    return length == 0 ? EMPTY : new Body(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  public int length() { return bytes.length; }

  public boolean isEmpty() { return bytes.length == 0; }

  public byte[] bytes() { return bytes.clone(); }

  public String text() { return new String(bytes, StandardCharsets.UTF_8); }


  @Override public boolean equals(Object o) {
    return o instanceof Body other && Arrays.equals(other.bytes, bytes);
  }

  @Override public int hashCode() { return Arrays.hashCode(bytes); }

  @Override public String toString() { return text(); }
}
