package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Records every TU callback as a line ("request INVITE", "response 180", "timeout", …). */
final class RecordingTransactionUser implements TransactionUser, ClientTransactionUser {
  final List<String> events = new ArrayList<>();
  final List<SipMessage> messages = new ArrayList<>();
  final List<ServerTransaction> servers = new ArrayList<>();
  BiConsumer<ServerTransaction, SipRequest> onRequest = (t, r) -> { };

  @Override public synchronized void onRequest(ServerTransaction transaction, SipRequest request) {
    events.add("request " + request.method());
    messages.add(request);
    servers.add(transaction);
    onRequest.accept(transaction, request);
  }

  @Override public synchronized void onAck(SipRequest ack, Peer source) {
    events.add("ack");
    messages.add(ack);
  }

  @Override public synchronized void onCancelled(ServerTransaction invite, SipRequest cancel) {
    events.add("cancelled");
  }

  @Override public synchronized void onServerTimeout(ServerTransaction transaction) {
    events.add("server timeout");
  }

  @Override public synchronized void onStrayResponse(SipResponse response, Peer source) {
    events.add("stray " + response.status());
  }

  @Override public synchronized void onResponse(ClientTransaction transaction, SipResponse response) {
    events.add("response " + response.status());
    messages.add(response);
  }

  @Override public synchronized void onTimeout(ClientTransaction transaction) {
    events.add("timeout");
  }

  @Override public synchronized void onTransportError(ClientTransaction transaction) {
    events.add("transport error");
  }
}
