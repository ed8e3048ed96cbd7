package dev.switchboard.media.mix;

import java.util.ArrayDeque;

/**
 * Frames handed from one leg to another (a bridge): the producer {@link #offer}s what it received,
 * the consumer's tick takes one per 20 ms. Bounded at {@code depth} frames: past it the oldest is
 * dropped, so a producer whose clock runs fast never builds up delay (counted in {@link #dropped}).
 * Thread-safe.
 */
public final class FrameQueue implements FrameSource {
    private final int depth;
    private final ArrayDeque<short[]> frames;
    private long dropped;

    public FrameQueue(int depth) {
        if (depth < 1) throw new IllegalArgumentException("depth " + depth);
        this.depth = depth;
        this.frames = new ArrayDeque<>(depth);
    }

    public synchronized void offer(short[] frame) {
        if (frame.length != Frames.SAMPLES) throw new IllegalArgumentException("a frame has " + Frames.SAMPLES + " samples");
        if (frames.size() == depth) {
            frames.pollFirst();
            dropped++;
        }
        frames.addLast(frame);
    }

    @Override
    public synchronized short[] next() { return frames.pollFirst(); }

    public synchronized int size() { return frames.size(); }

    public synchronized long dropped() { return dropped; }
}
