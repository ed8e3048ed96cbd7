package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipMessageWriter;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.time.SipScheduler;
import java.util.ArrayList;
import java.util.List;

/** Captures what the stack sends, with the clock time, after a real write/parse round trip. */
public final class RecordingSender implements MessageSender {
  /** One sent message. */
  public record Sent(long atMillis, SipMessage message, Peer peer) {
    public String line() {
      return switch (message) {
        case SipRequest r -> r.method();
        case SipResponse r -> Integer.toString(r.status());
      };
    }
  }

  private final SipScheduler clock;
  private final List<Sent> sent = new ArrayList<>();
  private boolean failing;

  public RecordingSender(SipScheduler clock) {
    this.clock = clock;
  }

  @Override public synchronized void send(SipMessage message, Peer peer) {
    if (failing) {
      throw new SipTransportException("refused (test)");
    }
    sent.add(new Sent(clock.nowMillis(), SipMessageParser.parse(SipMessageWriter.write(message)), peer));
  }

  @Override public String sentBy(TransportKind kind) {
    return "203.0.113.1:5060";
  }

  public synchronized void failing(boolean fail) {
    failing = fail;
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The times at which messages whose line matches ("INVITE", "486") were sent. */
  public synchronized List<Long> timesOf(String line) {
    return sent.stream().filter(s -> s.line().equals(line)).map(Sent::atMillis).toList();
  }

  public synchronized List<String> lines() {
    return sent.stream().map(Sent::line).toList();
  }

  public synchronized SipMessage last() {
    return sent.get(sent.size() - 1).message();
  }

  public synchronized void clear() {
    sent.clear();
  }
}
