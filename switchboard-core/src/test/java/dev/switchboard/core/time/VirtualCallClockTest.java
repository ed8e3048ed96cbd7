package dev.switchboard.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualCallClockTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void idleWaitsTakeNoWallTimeAndKeepTheirOrder() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        Thread a = participant(clock, go, () -> {
            clock.sleep(Duration.ofSeconds(30));
            order.add("a@" + clock.now().getEpochSecond() % 3600);
        });
        Thread b = participant(clock, go, () -> {
            clock.sleep(Duration.ofSeconds(10));
            order.add("b@" + clock.now().getEpochSecond() % 3600);
            clock.sleep(Duration.ofSeconds(25));
            order.add("b2@" + clock.now().getEpochSecond() % 3600);
        });
        long wallStart = System.nanoTime();
        go.countDown();
        a.join(5000);
        b.join(5000);
        assertThat(order).containsExactly("b@10", "a@30", "b2@35");
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(35));
        assertThat(Duration.ofNanos(System.nanoTime() - wallStart)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOfferedInputWakesTheWaiterBeforeItsDeadline() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        Inbox<String> inbox = new Inbox<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch holder = new CountDownLatch(1);
        // a second participant keeps time still until the input has been offered
        Thread keeper = participant(clock, () -> {
            try {
                holder.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Optional<String>[] got = new Optional[1];
        Thread waiter = participant(clock, () -> {
            waiting.countDown();
            got[0] = clock.poll(inbox, Duration.ofSeconds(5));
        });
        waiting.await();
        Thread.sleep(50);
        inbox.offer("7");
        holder.countDown();
        waiter.join(5000);
        keeper.join(5000);
        assertThat(got[0]).contains("7");
        assertThat(clock.now()).isEqualTo(T0);
    }

    @Test
    void aTimedOutPollAnswersEmptyAtTheDeadline() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        Optional<String>[] got = new Optional[1];
        Thread t = participant(clock, () -> got[0] = clock.poll(new Inbox<>(), Duration.ofSeconds(5)));
        t.join(5000);
        assertThat(got[0]).isEmpty();
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aStartedParticipantHoldsTimeStillBeforeItIsScheduled() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        Thread[] helper = new Thread[1];
        Thread call = participant(clock, () -> {
            helper[0] = clock.startParticipant(() -> {
                try {
                    release.await(5, TimeUnit.SECONDS); // wall-time work before its first wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                clock.sleep(Duration.ofSeconds(5));
                order.add("helper@" + clock.now().getEpochSecond() % 3600);
            });
            clock.sleep(Duration.ofSeconds(10)); // must not jump to 10 while the helper still runs
            order.add("call@" + clock.now().getEpochSecond() % 3600);
        });
        Thread.sleep(50);
        release.countDown();
        call.join(5000);
        helper[0].join(5000);
        assertThat(order).containsExactly("helper@5", "call@10");
    }

    @Test
    void aFinishedStartedParticipantLetsTimeAdvance() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        Thread call = participant(clock, () -> {
            Thread helper = clock.startParticipant(() -> {
                throw new IllegalStateException("helper fails"); // membership still ends
            });
            try {
                helper.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clock.sleep(Duration.ofSeconds(7));
        });
        call.join(5000);
        assertThat(call.isAlive()).isFalse();
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(7));
    }

    @Test
    void aTimerFiresAnInputAtItsDeadlineWithNoThreadOfItsOwnAndACancelledOneNever() throws Exception {
        VirtualCallClock clock = new VirtualCallClock(T0);
        Inbox<String> call = new Inbox<>();
        List<String> got = new CopyOnWriteArrayList<>();
        clock.schedule(Duration.ofSeconds(40), () -> call.offer("limit"));
        clock.schedule(Duration.ofSeconds(5), () -> call.offer("cancelled")).cancel();
        Thread t = participant(clock, () -> {
            got.add(clock.poll(call, Duration.ofSeconds(600)).orElse("timeout") + "@" + clock.now().getEpochSecond() % 3600);
        });
        t.join(5000);
        assertThat(got).containsExactly("limit@40");
        assertThat(call.isEmpty()).isTrue();
    }

    private static Thread participant(VirtualCallClock clock, Runnable body) {
        return participant(clock, new CountDownLatch(0), body);
    }

    /** A thread that has joined the clock before this returns, and runs {@code body} once {@code go} opens. */
    private static Thread participant(VirtualCallClock clock, CountDownLatch go, Runnable body) {
        CountDownLatch joined = new CountDownLatch(1);
        Thread t = Thread.ofVirtual().start(() -> {
            try (var p = clock.join()) {
                joined.countDown();
                go.await();
                body.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            joined.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t;
    }
}
