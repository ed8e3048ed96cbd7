package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Messages and a queue-backed handler for the socket tests. */
final class TransportFixtures {
  record Received(SipMessage message, Peer source) {}

  static final class QueueHandler implements InboundHandler {
    final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();

    @Override public void onMessage(SipMessage message, Peer source) {
      queue.add(new Received(message, source));
    }

    Received take() throws InterruptedException {
      Received r = queue.poll(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("nothing received within 5 s");
      }
      return r;
    }
  }

  private TransportFixtures() {}

  static byte[] options(String transport, String branch) {
    return ("OPTIONS sip:sb@127.0.0.1 SIP/2.0\r\n"
        + "Via: SIP/2.0/" + transport + " 127.0.0.1:5999;branch=" + branch + ";rport\r\n"
        + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:sb@127.0.0.1>\r\n"
        + "Call-ID: " + branch + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] badMaxForwards(String transport) {
    return ("OPTIONS sip:sb@127.0.0.1 SIP/2.0\r\n"
        + "Via: SIP/2.0/" + transport + " 127.0.0.1:5999;branch=z9hG4bKbad;rport\r\n"
        + "Max-Forwards: lots\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:sb@127.0.0.1>\r\n"
        + "Call-ID: bad\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
