package dev.switchboard.media.sdp;

/**
 * A line Switchboard keeps but does not interpret: {@code i= u= e= p= r= z= k=} (RFC 4566 §5.4–§5.12). They are
 * written back in RFC 4566 order (i u e p before {@code c=}; r z k after the {@code t=} lines; at media level
 * i before {@code c=}, k after {@code b=}).
 */
public record OtherLine(char type, String value) {
  static final String SESSION_TYPES = "iuepzkr";
  static final String MEDIA_TYPES = "ik";

  String text() {
    return type + "=" + value;
  }
}
