package dev.switchboard.sip.auth;

import java.util.Map;
import java.util.Optional;

/**
 * Where the server side finds a user's secret: the HA1 = H(username:realm:password) for the algorithm, so a
 * store can keep hashes rather than passwords (as Twilio keeps credential-list passwords). May block (a
 * database read); call from a virtual thread.
 */
@FunctionalInterface
public interface CredentialSource {
  Optional<String> ha1(String username, String realm, DigestAlgorithm algorithm);

  /** A source over plain passwords (tests, static configuration). */
  static CredentialSource passwords(Map<String, String> passwordByUser) {
    return (username, realm, algorithm) ->
        Optional.ofNullable(passwordByUser.get(username)).map(p -> algorithm.ha1(username, realm, p));
  }
}
