package dev.switchboard.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InboxTest {
    @Test
    void awaitAnswersAnItemOfferedWhileItWaits() throws Exception {
        Inbox<String> inbox = new Inbox<>();
        CompletableFuture<Optional<String>> got = new CompletableFuture<>();
        Thread waiter = Thread.ofVirtual().start(() -> got.complete(inbox.await(Duration.ofSeconds(30).toNanos())));
        while (waiter.getState() != Thread.State.WAITING && waiter.getState() != Thread.State.TIMED_WAITING) Thread.onSpinWait();
        inbox.offer("digit");
        assertThat(got.get()).contains("digit");
        assertThat(inbox.isEmpty()).isTrue();
    }

    @Test
    void awaitAnswersEmptyWhenNothingArrivesAndLeavesLaterItemsInOrder() {
        Inbox<String> inbox = new Inbox<>();
        assertThat(inbox.await(Duration.ofMillis(5).toNanos())).isEmpty();
        inbox.offer("a");
        inbox.offer("b");
        assertThat(inbox.takeFirst("b"::equals)).contains("b");
        assertThat(inbox.await(0)).contains("a");
    }

    @Test
    void anInterruptedAwaitAnswersEmptyAndKeepsTheFlag() throws Exception {
        Inbox<String> inbox = new Inbox<>();
        AtomicBoolean flag = new AtomicBoolean();
        CompletableFuture<Optional<String>> got = new CompletableFuture<>();
        Thread waiter = Thread.ofVirtual().start(() -> {
            got.complete(inbox.await(Duration.ofSeconds(30).toNanos()));
            flag.set(Thread.currentThread().isInterrupted());
        });
        while (waiter.getState() != Thread.State.WAITING && waiter.getState() != Thread.State.TIMED_WAITING) Thread.onSpinWait();
        waiter.interrupt();
        waiter.join(5000);
        assertThat(got.get()).isEmpty();
        assertThat(flag).isTrue();
    }
}
