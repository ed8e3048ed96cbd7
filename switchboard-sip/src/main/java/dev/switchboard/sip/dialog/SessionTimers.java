package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import java.util.Optional;

/**
 * RFC 4028 negotiation, pure: whether an INVITE's Session-Expires is too small (422, §6), and what the 2xx
 * says (§9): the interval (the caller's, raised to both Min-SE values) and the refresher (the caller's choice,
 * else {@code uac} when the caller supports timers). No timer when the caller neither supports nor asks for one.
 */
public final class SessionTimers {
  /** The agreed session: {@code weRefresh} when we must refresh at half the interval. */
  public record Session(int interval, boolean weRefresh) {
    /** §10: without a refresh the side that does not refresh sends BYE at interval − min(32, interval/3). */
    public int expiryWithoutRefresh() { return interval - Math.min(32, interval / 3); }
  }

  private SessionTimers() {}

  /** The Min-SE to answer 422 with, when the requested interval is below ours. */
  public static Optional<Integer> tooSmall(SipRequest request, int minSe) {
    return sessionExpires(request).filter(se -> se < minSe).map(se -> minSe);
  }

  /** The session for the 2xx to {@code request} (we are the UAS). */
  public static Optional<Session> negotiate(SipRequest request, DialogConfig config) {
    boolean supports = request.headers().tokens(HeaderNames.SUPPORTED).contains("timer")
        || request.headers().tokens(HeaderNames.REQUIRE).contains("timer");
    Optional<Integer> asked = sessionExpires(request);
    if (!supports && asked.isEmpty()) {
      return Optional.empty();
    }
    int minSe = Math.max(config.minSessionExpires(), number(request.header(HeaderNames.MIN_SE)).orElse(0));
    int interval = Math.max(asked.orElse(config.sessionExpires()), minSe);
    String refresher = request.header(HeaderNames.SESSION_EXPIRES).flatMap(SessionTimers::refresher)
        .orElse(supports ? "uac" : "uas");
    return Optional.of(new Session(interval, refresher.equals("uas")));
  }

  /** Adds Session-Expires (and Require: timer when the caller supports it) to our 2xx. */
  public static SipResponse apply(SipResponse ok, SipRequest request, Session session) {
    SipResponse out = ok.with(HeaderNames.SESSION_EXPIRES, session.interval() + ";refresher="
        + (session.weRefresh() ? "uas" : "uac"));
    boolean supports = request.headers().tokens(HeaderNames.SUPPORTED).contains("timer")
        || request.headers().tokens(HeaderNames.REQUIRE).contains("timer");
    return supports ? out.with(HeaderNames.REQUIRE, "timer") : out;
  }

  /**
   * The session a 2xx to our INVITE sets up (we are the UAC, RFC 4028 §7.2): none without Session-Expires; we
   * refresh when {@code refresher=uac} or when the refresher is missing (the UAS must name one; refreshing
   * ourselves keeps the call up either way).
   */
  public static Optional<Session> fromAnswer(SipResponse answer) {
    Optional<String> value = answer.header(HeaderNames.SESSION_EXPIRES);
    Optional<Integer> interval = number(value.map(v -> v.split(";")[0]));
    if (interval.isEmpty() || interval.get() <= 0) {
      return Optional.empty();
    }
    boolean weRefresh = !value.flatMap(SessionTimers::refresher).orElse("uac").equals("uas");
    return Optional.of(new Session(interval.get(), weRefresh));
  }

  private static Optional<Integer> sessionExpires(SipRequest request) {
    return number(request.header(HeaderNames.SESSION_EXPIRES).map(v -> v.split(";")[0]));
  }

  private static Optional<String> refresher(String value) {
    for (String part : value.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "refresher=", 0, 10)) {
        return Optional.of(p.substring(10).trim().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> number(Optional<String> value) {
    try {
      return value.map(v -> Integer.parseInt(v.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
