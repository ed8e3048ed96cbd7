package dev.switchboard.sip.auth;

/** The outcome of checking a request's digest credentials. */
public sealed interface Verdict {
  /** The credentials are right and the nonce is fresh. */
  record Authenticated(String username) implements Verdict {}

  /** No credentials for our realm: challenge. */
  record Missing() implements Verdict {}

  /** The digest was right but the nonce has expired: challenge again with {@code stale=TRUE} (RFC 2617 §3.2.1). */
  record Stale(String username) implements Verdict {}

  /** Wrong password, unknown user, forged nonce or mismatched URI: challenge again (and count the failure). */
  record Rejected(String reason) implements Verdict {}
}
