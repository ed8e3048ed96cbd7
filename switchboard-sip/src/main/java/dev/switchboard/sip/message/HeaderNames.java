package dev.switchboard.sip.message;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table of header names the stack knows: canonical spelling, compact forms (RFC 3261 §7.3.3, §20;
 * RFC 4028 §4 {@code x}; RFC 3265 {@code o}/{@code u}; RFC 3515 {@code r}; RFC 3892 {@code b}) and which
 * headers are comma-separated lists that the parser splits into one {@link SipHeader} per element
 * (§7.3.1). Any other name (X- headers, {@code User-to-User}) is kept exactly as sent and never split.
 */
public final class HeaderNames {
  public static final String VIA = "Via";
  public static final String FROM = "From";
  public static final String TO = "To";
  public static final String CALL_ID = "Call-ID";
  public static final String CSEQ = "CSeq";
  public static final String CONTACT = "Contact";
  public static final String MAX_FORWARDS = "Max-Forwards";
  public static final String CONTENT_LENGTH = "Content-Length";
  public static final String CONTENT_TYPE = "Content-Type";
  public static final String ROUTE = "Route";
  public static final String RECORD_ROUTE = "Record-Route";
  public static final String AUTHORIZATION = "Authorization";
  public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
  public static final String PROXY_AUTHORIZATION = "Proxy-Authorization";
  public static final String PROXY_AUTHENTICATE = "Proxy-Authenticate";
  public static final String REQUIRE = "Require";
  public static final String SUPPORTED = "Supported";
  public static final String UNSUPPORTED = "Unsupported";
  public static final String ALLOW = "Allow";
  public static final String SESSION_EXPIRES = "Session-Expires";
  public static final String MIN_SE = "Min-SE";
  public static final String EXPIRES = "Expires";
  public static final String USER_AGENT = "User-Agent";
  public static final String SERVER = "Server";

  private static final Map<String, String> CANONICAL = new HashMap<>();
  private static final Set<String> LISTS = Set.of(VIA, ROUTE, RECORD_ROUTE, CONTACT);

  static {
    for (String name : new String[] {VIA, FROM, TO, CALL_ID, CSEQ, CONTACT, MAX_FORWARDS, CONTENT_LENGTH,
        CONTENT_TYPE, ROUTE, RECORD_ROUTE, AUTHORIZATION, WWW_AUTHENTICATE, PROXY_AUTHORIZATION,
        PROXY_AUTHENTICATE, REQUIRE, SUPPORTED, UNSUPPORTED, ALLOW, SESSION_EXPIRES, MIN_SE, EXPIRES, USER_AGENT,
        SERVER, "Accept", "Accept-Encoding", "Accept-Language", "Alert-Info", "Authentication-Info", "Call-Info",
        "Content-Disposition", "Content-Encoding", "Content-Language", "Date", "Error-Info", "In-Reply-To",
        "MIME-Version", "Min-Expires", "Organization", "Priority", "Proxy-Require", "Reply-To", "Retry-After",
        "Subject", "Timestamp", "Warning", "Event", "Allow-Events", "Refer-To", "Referred-By",
        "Subscription-State", "RSeq", "RAck", "Reason", "Privacy", "P-Asserted-Identity"}) {
      CANONICAL.put(name.toLowerCase(Locale.ROOT), name);
    }
    String[][] compact = {{"i", CALL_ID}, {"m", CONTACT}, {"e", "Content-Encoding"}, {"l", CONTENT_LENGTH},
        {"c", CONTENT_TYPE}, {"f", FROM}, {"s", "Subject"}, {"k", SUPPORTED}, {"t", TO}, {"v", VIA},
        {"x", SESSION_EXPIRES}, {"o", "Event"}, {"u", "Allow-Events"}, {"r", "Refer-To"}, {"b", "Referred-By"}};
    for (String[] pair : compact) {
      CANONICAL.put(pair[0], pair[1]);
    }
  }

  private HeaderNames() {}

  /** The canonical spelling of a known header (compact forms expanded), or {@code name} unchanged. */
  public static String canonical(String name) {
    String known = CANONICAL.get(name.length() == 1 ? name.toLowerCase(Locale.ROOT) : lower(name));
    return known != null ? known : name;
  }

  /** True for headers whose comma-separated values the parser splits into separate entries. */
  static boolean isList(String canonicalName) {
    return LISTS.contains(canonicalName);
  }

  private static String lower(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return name.toLowerCase(Locale.ROOT);
      }
    }
    return name;
  }
}
