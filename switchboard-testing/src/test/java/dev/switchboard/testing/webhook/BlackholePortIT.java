package dev.switchboard.testing.webhook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class BlackholePortIT {
    @Test
    void connectingHangsUntilTheClientsTimeout() {
        try (BlackholePort blackhole = BlackholePort.open(); Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", blackhole.port()), 150))
                    .isInstanceOf(SocketTimeoutException.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
