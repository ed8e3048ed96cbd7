package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Ordered {@code ;name=value} parameters of a URI or header value (RFC 3261 §7.3.1, §19.1.1, §25.1). Names
 * compare case-insensitively; order and spelling are kept. A flag parameter ({@code ;lr}, {@code ;rport}) has
 * the empty value and is written without {@code =}. Quoted values keep their quotes.
 */
public record Params(List<Param> list) {
  public static final Params NONE = new Params(List.of());

  /** One parameter; {@code value} is empty for a flag. */
  public record Param(String name, String value) {
    @Override public String toString() { return value.isEmpty() ? name : name + "=" + value; }
  }

  public Params {
    list = List.copyOf(list);
  }

  /** The value of a parameter ("" for a flag), if present. */
  public Optional<String> get(String name) {
    for (Param p : list) {
      if (p.name().equalsIgnoreCase(name)) {
        return Optional.of(p.value());
      }
    }
    return Optional.empty();
  }

  public boolean has(String name) { return get(name).isPresent(); }

  /** A copy with the parameter set (replacing it in place, or appended). */
  public Params with(String name, String value) {
    List<Param> copy = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (Param p : list) {
      if (p.name().equalsIgnoreCase(name)) {
        if (!replaced) {
          copy.add(new Param(p.name(), value));
          replaced = true;
        }
      } else {
        copy.add(p);
      }
    }
    if (!replaced) {
      copy.add(new Param(name, value));
    }
    return new Params(Collections.unmodifiableList(copy));
  }

  public Params without(String name) {
    List<Param> copy = new ArrayList<>(list.size());
    for (Param p : list) {
      if (!p.name().equalsIgnoreCase(name)) {
        copy.add(p);
      }
    }
    return new Params(copy);
  }

  /**
   * Parses {@code ;a=b;c;d="x;y"} (the text starting at the first {@code ;}, or empty). {@code base} is added
   * to offsets in errors.
   */
  public static Params parse(String text, int base) {
    if (text.isEmpty()) {
      return NONE;
    }
    if (text.charAt(0) != ';') {
      throw new SipParseException("expected ';' before parameters", base);
    }
    List<Param> out = new ArrayList<>(4);
    int i = 1;
    while (i <= text.length()) {
      int end = endOfParam(text, i, base);
      String piece = text.substring(i, end);
      int eq = piece.indexOf('=');
      String name = (eq < 0 ? piece : piece.substring(0, eq)).trim();
      String value = eq < 0 ? "" : piece.substring(eq + 1).trim();
      if (name.isEmpty() || !Tokens.isToken(name)) {
        throw new SipParseException("bad parameter name '" + name + "'", base + i);
      }
      out.add(new Param(name, value));
      i = end + 1;
    }
    return new Params(out);
  }

  private static int endOfParam(String text, int from, int base) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        return i;
      }
    }
    if (quoted) {
      throw new SipParseException("unterminated quoted parameter value", base + from);
    }
    return text.length();
  }

  @Override public String toString() {
    if (list.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Param p : list) {
      sb.append(';').append(p);
    }
    return sb.toString();
  }
}
