package dev.switchboard.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a client and a real server: a TCP relay on a free loopback port that passes
 * bytes both ways to {@code 127.0.0.1:targetPort}, and can fail the way networks do. {@link #silence()}:
 * the connections open now stay open but carry nothing more (a half-open path: no FIN, no RST);
 * {@link #cut()}: every connection is closed and new ones are refused; {@link #restore()}: the port
 * accepts again. One virtual thread accepts, two pump each connection.
 */
public final class TcpRelay implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpRelay(int targetPort) {
        this.targetPort = targetPort;
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** A relay to {@code 127.0.0.1:targetPort}, listening on a free loopback port. */
    public static TcpRelay to(int targetPort) { return new TcpRelay(targetPort); }

    public int port() { return port; }

    /** {@code ws://127.0.0.1:<relay port>}: what a device connects to instead of the server. */
    public String wsBase() { return "ws://127.0.0.1:" + port; }

    /** The connections open now carry no more bytes, either way, and stay open; new connections work. */
    public void silence() { links.forEach(l -> l.silent = true); }

    /** Closes every connection and stops listening: connecting to {@link #port()} is refused. */
    public void cut() {
        ServerSocket l = listener;
        listener = null;
        closeQuietly(l);
        links.forEach(Link::close);
    }

    /** Listens on {@link #port()} again. */
    public void restore() {
        if (listener != null) return;
        listener = bind(port);
        accept(listener);
    }

    @Override
    public void close() { cut(); }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + port, e);
        }
    }

    private void accept(ServerSocket on) {
        Thread.ofVirtual().name("relay-accept-" + port).start(() -> {
            while (!on.isClosed()) {
                try {
                    Socket client = on.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    Link link = new Link(client, server);
                    links.add(link);
                    link.start();
                } catch (IOException e) {
                    // the listener closed (cut), or the server refused: the client's socket is closed by then
                }
            }
        });
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    /** One relayed connection; either side ending ends both. */
    private final class Link {
        final Socket client;
        final Socket server;
        volatile boolean silent;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread.ofVirtual().name("relay-up").start(() -> pump(client, server));
            Thread.ofVirtual().name("relay-down").start(() -> pump(server, client));
        }

        private void pump(Socket from, Socket to) {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (silent) continue; // read and dropped: nothing passes, nothing is closed
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ended) {
                // either side closed
            } finally {
                close();
            }
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }
    }
}
