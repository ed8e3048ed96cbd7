package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import java.util.List;
import java.util.Optional;

/**
 * What to call (the UAC side of {@code <Dial><Sip>} and REST calls to {@code sip:}): the Request-URI, From (the
 * layer adds our tag), To, extra headers sent exactly as given and in order ({@code X-…}, {@code User-to-User},
 * {@code Diversion}…), the SDP offer (may be empty), digest credentials for a 401/407, the hop to send to
 * (see {@code SipTargets.resolve}) and, optionally, the Call-ID to use.
 *
 * <p>The Request-URI's own URI headers ({@code ?X-a=b&User-to-User=…}) are taken off the Request-URI
 * (RFC 3261 §19.1.5: a Request-URI carries none) and sent as INVITE headers before {@code headers}, as Twilio
 * does (spec §2.1); do not pass them twice.
 */
public record OutgoingInvite(SipUri requestUri, NameAddress from, NameAddress to, List<SipHeader> headers,
    Body sdp, Optional<Credentials> credentials, Peer peer, Optional<String> callId) {

  /** The username and password to answer a digest challenge with ({@code <Sip username password>}). */
  public record Credentials(String username, String password) {
    @Override public String toString() { return "Credentials[" + username + ", ****]"; }
  }

  public OutgoingInvite {
    headers = List.copyOf(headers);
    if (from.tag().isPresent()) {
      from = new NameAddress(from.displayName(), from.uri(), from.params().without("tag"));
    }
  }

  /** A call to {@code requestUri} (To is the same URI without headers) from {@code from}, via {@code peer}. */
  public static OutgoingInvite of(SipUri requestUri, NameAddress from, Peer peer) {
    return new OutgoingInvite(requestUri, from, NameAddress.of(requestUri.withoutHeaders()), List.of(), Body.EMPTY,
        Optional.empty(), peer, Optional.empty());
  }

  public OutgoingInvite withTo(NameAddress newTo) {
    return new OutgoingInvite(requestUri, from, newTo, headers, sdp, credentials, peer, callId);
  }

  public OutgoingInvite withHeaders(List<SipHeader> newHeaders) {
    return new OutgoingInvite(requestUri, from, to, newHeaders, sdp, credentials, peer, callId);
  }

  public OutgoingInvite withSdp(Body newSdp) {
    return new OutgoingInvite(requestUri, from, to, headers, newSdp, credentials, peer, callId);
  }

  public OutgoingInvite withCredentials(String username, String password) {
    return new OutgoingInvite(requestUri, from, to, headers, sdp, Optional.of(new Credentials(username, password)),
        peer, callId);
  }

  public OutgoingInvite withCallId(String newCallId) {
    return new OutgoingInvite(requestUri, from, to, headers, sdp, credentials, peer, Optional.of(newCallId));
  }
}
