package dev.switchboard.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the registry offers for ringing: only sockets that are open and have been heard from (a frame or
 * the heartbeat echo) within the silence limit, decided at the moment of asking, on a clock the test
 * moves.
 */
class DeviceRegistryTest {
    private static final Duration LIMIT = Duration.ofSeconds(15);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final DeviceRegistry registry = new DeviceRegistry();
    private final SignalContext ctx = new SignalContext(null, registry, null, clock, task -> { }, LIMIT);
    private final List<String> closes = new ArrayList<>();

    private SignalConnection device() {
        return new SignalConnection(new SignalConnection.Transport() {
            @Override public void send(String text) { }
            @Override public void close(int status, String reason) { closes.add(status + " " + reason); }
        }, ctx);
    }

    @Test
    void aDeviceThatEchoesTheHeartbeatStaysRingable() {
        SignalConnection bob = device();
        registry.register("AC1", "bob", bob);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(10));
            bob.onText("\n");
        }
        clock.advance(LIMIT);
        assertThat(registry.devices("AC1", "bob")).containsExactly(bob);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void aDeviceSilentPastTheLimitIsNotOfferedForNewCallsAtOnce() {
        SignalConnection bob = device();
        SignalConnection alice = device();
        registry.register("AC1", "bob", bob);
        registry.register("AC1", "alice", alice);
        clock.advance(Duration.ofSeconds(10));
        alice.onText("\n");
        clock.advance(LIMIT.minus(Duration.ofSeconds(10)));
        assertThat(registry.devices("AC1", "bob")).as("silent exactly the limit").containsExactly(bob);

        clock.advance(Duration.ofMillis(1));
        assertThat(registry.devices("AC1", "bob")).as("silent past the limit").isEmpty();
        assertThat(registry.devices("AC1", "alice")).containsExactly(alice);
        assertThat(registry.size()).isEqualTo(1);
        assertThat(closes).as("decided when asked, before any watchdog closes the socket").isEmpty();
    }

    @Test
    void aDeviceHeardAgainBeforeItWasDroppedIsRingableAgain() {
        SignalConnection bob = device();
        registry.register("AC1", "bob", bob);
        clock.advance(LIMIT.plusSeconds(1));
        assertThat(registry.devices("AC1", "bob")).isEmpty();
        bob.onText("\n");
        assertThat(registry.devices("AC1", "bob")).containsExactly(bob);
    }

    @Test
    void aClosedSocketIsNotOfferedEvenBeforeItsCloseIsHandled() {
        SignalConnection bob = device();
        registry.register("AC1", "bob", bob);
        bob.refuse(31206, "too many frames", 1008);
        assertThat(registry.devices("AC1", "bob")).isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void droppingASilentDeviceRejectsItsRingAndClosesTheSocketOnce() {
        SignalConnection bob = device();
        registry.register("AC1", "bob", bob);
        ClientRing ring = new ClientRing("CA1", List.of(bob), () -> { });
        bob.ringing(ring, SignalFrame.forCall("invite", "CA1"));
        clock.advance(LIMIT.plusSeconds(1));

        bob.dropSilent();
        bob.dropSilent();
        bob.onClosed(); // the socket's close arriving later changes nothing

        assertThat(closes).containsExactly("4000 heartbeat timeout");
        assertThat(ring.settled.takeFirst(s -> true)).contains(new ClientRing.Settled.Rejected());
        assertThat(bob.isOpen()).isFalse();
        assertThat(registry.devices("AC1", "bob")).isEmpty();
    }

    @Test
    void aNewSocketCountsAsHeardWhenItOpens() {
        clock.advance(Duration.ofHours(1));
        SignalConnection bob = device();
        registry.register("AC1", "bob", bob);
        clock.advance(LIMIT);
        assertThat(bob.isLive()).isTrue();
        assertThat(registry.devices("AC1", "bob")).containsExactly(bob);
        clock.advance(Duration.ofMillis(1));
        assertThat(bob.isLive()).isFalse();
    }

    /** A {@link Clock} the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) { this.now = start; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }
}
