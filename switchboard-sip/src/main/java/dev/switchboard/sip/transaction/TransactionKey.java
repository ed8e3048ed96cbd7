package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.Via;
import java.util.Locale;

/**
 * The id a message is matched on. Server side (§17.2.3): top Via branch + sent-by + method, with ACK matching
 * the INVITE and CANCEL kept apart from the INVITE it cancels. Client side (§17.1.3): top Via branch + CSeq
 * method (the sent-by is our own).
 */
public record TransactionKey(String branch, String sentBy, String method) {

  public static TransactionKey server(SipRequest request, Via topVia) {
    String method = request.isAck() ? SipRequest.INVITE : request.method();
    return new TransactionKey(topVia.branch().orElse(""), topVia.sentBy().toLowerCase(Locale.ROOT), method);
  }

  /** The server key of the INVITE a CANCEL refers to (§9.2). */
  public static TransactionKey cancelled(TransactionKey cancelKey) {
    return new TransactionKey(cancelKey.branch, cancelKey.sentBy, SipRequest.INVITE);
  }

  public static TransactionKey client(SipMessage message) {
    String method = message.cseq().method();
    if (message instanceof SipResponse || !SipRequest.ACK.equals(method)) {
      return new TransactionKey(message.topVia().branch().orElse(""), "", method);
    }
    return new TransactionKey(message.topVia().branch().orElse(""), "", SipRequest.INVITE);
  }
}
