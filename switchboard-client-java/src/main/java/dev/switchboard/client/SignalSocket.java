package dev.switchboard.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One {@code /signal} WebSocket of a {@link Device}: text frames in and out, the heartbeat
 * {@code "\n"} echoed (spec §2), a {@link SilenceWatchdog} that aborts the socket when nothing arrived
 * for the silence limit, and exactly one {@link Handler#gone} when the socket ends for any reason other
 * than {@link #close()} (silence included). Sends block until written and are serialised.
 */
final class SignalSocket {
    /** Where the socket reports; both run on the HTTP client's threads, in order per socket. */
    interface Handler {
        void frame(SignalSocket from, String text);

        void gone(SignalSocket from, String why);
    }

    private final Handler handler;
    private final SilenceWatchdog watchdog;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile WebSocket ws;

    private SignalSocket(Handler handler, ScheduledExecutorService timers, Duration silenceLimit) {
        this.handler = handler;
        this.watchdog = new SilenceWatchdog(timers, silenceLimit, System::nanoTime,
                () -> abort("no frame from the server for " + silenceLimit + " (heartbeat timeout)"));
    }

    /**
     * Opens {@code uri}; blocks up to {@code timeout}. Failure is a {@link ClientException} 31005. From then
     * on, {@code silenceLimit} without a frame aborts the socket ({@code timers} runs the check).
     */
    static SignalSocket open(HttpClient http, URI uri, Duration timeout, Duration silenceLimit, ScheduledExecutorService timers,
            Handler handler) {
        SignalSocket s = new SignalSocket(handler, timers, silenceLimit);
        CompletableFuture<WebSocket> handshake = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, s.new Listener());
        try {
            s.ws = handshake.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw s.abandon(handshake, "interrupted while connecting to " + uri);
        } catch (java.util.concurrent.TimeoutException e) {
            throw s.abandon(handshake, "cannot connect to " + uri + ": no WebSocket handshake within " + timeout);
        } catch (Exception e) {
            throw s.abandon(handshake, "cannot connect to " + uri + ": " + e.getMessage());
        }
    }

    /** The handshake failed or took too long: a late socket is aborted, and nothing is reported. */
    private ClientException abandon(CompletableFuture<WebSocket> handshake, String why) {
        over.set(true);
        watchdog.stop();
        handshake.whenComplete((late, e) -> {
            if (late != null) late.abort();
        });
        return new ClientException(31005, why);
    }

    /** Writes one text frame; {@link ClientException} 31009 when the socket is gone. */
    void send(String text) {
        if (over.get()) throw new ClientException(31009, "no transport available to send the message");
        sendLock.lock();
        try {
            ws.sendText(text, true).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException(31009, "interrupted while sending");
        } catch (Exception e) {
            throw new ClientException(31009, "send failed: " + e.getMessage());
        } finally {
            sendLock.unlock();
        }
    }

    boolean isOpen() { return !over.get(); }

    /** Closes with a close frame (waits up to 2 s, then aborts); no {@link Handler#gone} follows. */
    void close() {
        if (!over.compareAndSet(false, true)) return;
        watchdog.stop();
        sendLock.lock();
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            ws.abort();
        } finally {
            sendLock.unlock();
        }
    }

    /** Drops the connection without a close frame, as a lost network does; {@link Handler#gone} follows. */
    void abort() { abort("socket aborted"); }

    private void abort(String why) {
        WebSocket w = ws;
        if (w != null) w.abort();
        ended(why);
    }

    private void ended(String why) {
        watchdog.stop();
        if (over.compareAndSet(false, true)) handler.gone(this, why);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket socket) {
            watchdog.start();
            socket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            watchdog.heard();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.equals("\n")) {
                    Thread.startVirtualThread(() -> {
                        try {
                            send("\n");
                        } catch (ClientException gone) {
                            // the socket ended meanwhile
                        }
                    });
                } else if (!over.get()) {
                    handler.frame(SignalSocket.this, text);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            ended("socket closed " + status + (reason.isEmpty() ? "" : " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) { ended("socket failed: " + error); }
    }
}
