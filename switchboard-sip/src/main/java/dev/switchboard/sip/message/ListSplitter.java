package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.List;

/** Splits a header value at commas that are outside quotes and angle brackets (RFC 3261 §7.3.1). */
final class ListSplitter {
  private ListSplitter() {}

  static List<String> split(String value) {
    List<String> out = new ArrayList<>(3);
    boolean quoted = false;
    int angle = 0;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '<') {
        angle++;
      } else if (c == '>') {
        angle--;
      } else if (c == ',' && angle == 0) {
        add(out, value.substring(start, i));
        start = i + 1;
      }
    }
    add(out, value.substring(start));
    return out;
  }

  private static void add(List<String> out, String element) {
    String t = element.trim();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
