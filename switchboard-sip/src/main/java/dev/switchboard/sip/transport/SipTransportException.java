package dev.switchboard.sip.transport;

/** A message could not be sent (no route, connection refused or reset, socket closed). */
public final class SipTransportException extends RuntimeException {
  public SipTransportException(String message, Throwable cause) {
    super(message, cause);
  }

  public SipTransportException(String message) {
    super(message);
  }
}
