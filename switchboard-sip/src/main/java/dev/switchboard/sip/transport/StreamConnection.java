package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.StreamFramer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One TCP/TLS connection: a virtual thread reads, frames by Content-Length and dispatches; writes are
 * serialised by a lock. Keep-alive pings (CRLFCRLF) get a CRLF pong (RFC 5626 §3.5.1). Ends on EOF, an I/O
 * error or a framing error, and tells its transport so the connection is forgotten.
 */
final class StreamConnection {
  private static final byte[] PONG = "\r\n".getBytes(StandardCharsets.US_ASCII);

  private final Socket socket;
  private final Peer peer;
  private final StreamFramer framer;
  private final InboundHandler handler;
  private final Runnable onClosed;
  private final ReentrantLock writeLock = new ReentrantLock();

  StreamConnection(Socket socket, Peer peer, int maxMessageSize, InboundHandler handler, Runnable onClosed) {
    this.socket = socket;
    this.peer = peer;
    this.framer = new StreamFramer(maxMessageSize);
    this.handler = handler;
    this.onClosed = onClosed;
  }

  void start() {
    Thread.ofVirtual().name("sip-conn-" + peer).start(this::read);
  }

  private void read() {
    byte[] buf = new byte[16_384];
    try (InputStream in = socket.getInputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        framer.feed(buf, 0, n);
        for (Optional<byte[]> m = framer.next(); m.isPresent(); m = framer.next()) {
          byte[] bytes = m.get();
          InboundBytes.parse(bytes, 0, bytes.length, peer, this::writeQuietly)
              .ifPresent(message -> InboundBytes.dispatch(handler, message, peer));
        }
        while (framer.takePing()) {
          writeQuietly(PONG);
        }
      }
    } catch (IOException | SipParseException e) {
      // EOF, reset, TLS failure or unframeable bytes: this connection ends, the others go on
    } finally {
      close();
    }
  }

  void write(byte[] bytes) {
    writeLock.lock();
    try {
      OutputStream out = socket.getOutputStream();
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      close();
      throw new SipTransportException("write to " + peer + " failed", e);
    } finally {
      writeLock.unlock();
    }
  }

  private void writeQuietly(byte[] bytes) {
    try {
      write(bytes);
    } catch (SipTransportException ignored) {
      // the connection is gone; nothing to answer on
    }
  }

  void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
    onClosed.run();
  }
}
