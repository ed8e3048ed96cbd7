package dev.switchboard.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameQueueTest {
    @Test
    void keepsOrderAndDropsTheOldestPastItsDepth() {
        FrameQueue q = new FrameQueue(2);
        short[] a = Frames.silence();
        short[] b = Frames.silence();
        short[] c = Frames.silence();
        q.offer(a);
        q.offer(b);
        q.offer(c);
        assertThat(q.dropped()).isEqualTo(1);
        assertThat(q.next()).isSameAs(b);
        assertThat(q.next()).isSameAs(c);
        assertThat(q.next()).isNull();
    }
}
