package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The ordered, immutable header fields of a message. Lookups are case-insensitive and resolve compact forms;
 * order is kept exactly (RFC 3261 §7.3.1: the relative order of fields with the same name matters, and X-
 * headers are forwarded in the order they arrived). Content-Length is not kept here: the writer computes it.
 */
public final class Headers {
  public static final Headers EMPTY = new Headers(List.of());

  private final List<SipHeader> fields;

  private Headers(List<SipHeader> fields) {
    this.fields = fields;
  }

  public static Headers of(List<SipHeader> fields) {
    return new Headers(List.copyOf(fields));
  }

  /** All fields in order. */
  public List<SipHeader> all() { return fields; }

  /** The first value of a header. */
  public Optional<String> first(String name) {
    String canonical = HeaderNames.canonical(name);
    for (SipHeader field : fields) {
      if (field.name().equalsIgnoreCase(canonical)) {
        return Optional.of(field.value());
      }
    }
    return Optional.empty();
  }

  /** Every value of a header, in order. */
  public List<String> values(String name) {
    String canonical = HeaderNames.canonical(name);
    List<String> out = new ArrayList<>(2);
    for (SipHeader field : fields) {
      if (field.name().equalsIgnoreCase(canonical)) {
        out.add(field.value());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The comma-separated tokens of every value of a header, trimmed (for Require, Supported, Allow). */
  public List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String value : values(name)) {
      for (String token : value.split(",")) {
        if (!token.isBlank()) {
          out.add(token.trim());
        }
      }
    }
    return out;
  }

  public boolean has(String name) {
    return first(name).isPresent();
  }

  /** A copy with one more field at the end. */
  public Headers with(String name, String value) {
    List<SipHeader> copy = new ArrayList<>(fields.size() + 1);
    copy.addAll(fields);
    copy.add(new SipHeader(HeaderNames.canonical(name), value));
    return new Headers(Collections.unmodifiableList(copy));
  }

  /** A copy with one field inserted before all others (a new top Via, RFC 3261 §8.1.1.7). */
  public Headers withFirst(String name, String value) {
    List<SipHeader> copy = new ArrayList<>(fields.size() + 1);
    copy.add(new SipHeader(HeaderNames.canonical(name), value));
    copy.addAll(fields);
    return new Headers(Collections.unmodifiableList(copy));
  }

  /** A copy without any field of that name. */
  public Headers without(String name) {
    String canonical = HeaderNames.canonical(name);
    List<SipHeader> copy = new ArrayList<>(fields.size());
    for (SipHeader field : fields) {
      if (!field.name().equalsIgnoreCase(canonical)) {
        copy.add(field);
      }
    }
    return new Headers(Collections.unmodifiableList(copy));
  }

  /** A copy where every field of that name is replaced by one field, placed where the first one was. */
  public Headers replacing(String name, String value) {
    String canonical = HeaderNames.canonical(name);
    List<SipHeader> copy = new ArrayList<>(fields.size() + 1);
    boolean placed = false;
    for (SipHeader field : fields) {
      if (field.name().equalsIgnoreCase(canonical)) {
        if (!placed) {
          copy.add(new SipHeader(canonical, value));
          placed = true;
        }
      } else {
        copy.add(field);
      }
    }
    if (!placed) {
      copy.add(new SipHeader(canonical, value));
    }
    return new Headers(Collections.unmodifiableList(copy));
  }

  /** A copy with the first field of that name removed (popping the top Via or Route). */
  public Headers withoutFirst(String name) {
    String canonical = HeaderNames.canonical(name);
    List<SipHeader> copy = new ArrayList<>(fields);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).name().equalsIgnoreCase(canonical)) {
        copy.remove(i);
        break;
      }
    }
    return new Headers(Collections.unmodifiableList(copy));
  }

  @Override public boolean equals(Object o) {
    return o instanceof Headers other && other.fields.equals(fields);
  }

  @Override public int hashCode() { return fields.hashCode(); }

  @Override public String toString() { return fields.toString(); }
}
