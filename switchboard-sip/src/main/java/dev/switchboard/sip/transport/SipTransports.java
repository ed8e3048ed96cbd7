package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@link MessageSender} over the open transports: each message goes out on the transport its peer names. */
public final class SipTransports implements MessageSender, AutoCloseable {
  private final Map<TransportKind, SipTransport> byKind = new EnumMap<>(TransportKind.class);

  public SipTransports(List<SipTransport> transports) {
    for (SipTransport t : transports) {
      byKind.put(t.kind(), t);
    }
  }

  @Override public void send(SipMessage message, Peer peer) {
    transport(peer.transport()).send(message, peer);
  }

  @Override public String sentBy(TransportKind kind) {
    return transport(kind).sentBy();
  }

  public SipTransport transport(TransportKind kind) {
    SipTransport t = byKind.get(kind);
    if (t == null) {
      throw new SipTransportException("no " + kind + " transport is open");
    }
    return t;
  }

  @Override public void close() {
    byKind.values().forEach(SipTransport::close);
  }
}
