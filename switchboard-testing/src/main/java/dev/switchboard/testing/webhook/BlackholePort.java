package dev.switchboard.testing.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A local TCP port where connecting hangs until the client's connect timeout, like a host that
 * drops packets — so connect-timeout paths run in milliseconds without depending on an unroutable
 * address being routable-but-silent on the test machine (often it fails at once instead).
 *
 * <p>How: a listening socket with a backlog of one that never accepts, whose accept queue is then
 * filled; the kernel drops further SYNs (Linux and macOS do). {@link #open()} checks that a probe
 * connection really times out and fails otherwise. {@link #close()} releases everything.
 */
public final class BlackholePort implements AutoCloseable {
    private static final int PROBE_TIMEOUT_MILLIS = 100;
    private static final int MAX_FILLERS = 64;

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    private BlackholePort(ServerSocket listener) {
        this.listener = listener;
    }

    /** Opens a port on {@code 127.0.0.1} whose connections hang. */
    public static BlackholePort open() {
        try {
            BlackholePort port = new BlackholePort(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            port.fill();
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a blackhole port", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>} + {@code pathAndQuery}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port() + pathAndQuery;
    }

    @Override
    public void close() {
        for (Socket filler : fillers) {
            closeQuietly(filler);
        }
        closeQuietly(listener);
    }

    private void fill() throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
        while (fillers.size() < MAX_FILLERS) {
            Socket socket = new Socket();
            try {
                socket.connect(address, PROBE_TIMEOUT_MILLIS);
                fillers.add(socket);
            } catch (SocketTimeoutException full) {
                closeQuietly(socket);
                return;
            }
        }
        close();
        throw new IllegalStateException("the accept queue never filled: connections here would not hang");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // releasing test resources; nothing to do
        }
    }
}
