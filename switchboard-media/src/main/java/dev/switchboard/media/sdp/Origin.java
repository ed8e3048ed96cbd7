package dev.switchboard.media.sdp;

import java.util.Objects;

/**
 * The {@code o=} line (RFC 4566 §5.2): {@code <username> <sess-id> <sess-version> <nettype> <addrtype>
 * <unicast-address>}. The session id is kept as text (phones send numbers wider than 64 bits); the version is
 * a number because a re-offer must increase it (RFC 3264 §8).
 */
public record Origin(String username, String sessionId, long sessionVersion, String netType, String addressType,
    String address) {
  public Origin {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(netType, "netType");
    Objects.requireNonNull(addressType, "addressType");
    Objects.requireNonNull(address, "address");
    if (sessionVersion < 0) {
      throw new IllegalArgumentException("negative session version " + sessionVersion);
    }
  }

  /** The same origin with the session version increased by one (RFC 3264 §8: every changed re-offer). */
  public Origin nextVersion() {
    return new Origin(username, sessionId, sessionVersion + 1, netType, addressType, address);
  }

  String value() {
    return username + " " + sessionId + " " + sessionVersion + " " + netType + " " + addressType + " " + address;
  }
}
