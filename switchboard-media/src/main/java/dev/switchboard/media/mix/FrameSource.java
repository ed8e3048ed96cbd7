package dev.switchboard.media.mix;

/**
 * Where a leg's outbound audio comes from, one 20 ms frame per tick: a prompt, the other side of a
 * bridge, a conference mix. Called from the media clock's thread only.
 */
@FunctionalInterface
public interface FrameSource {
    /** Silence forever: what a leg sends when nothing plays. */
    FrameSource SILENCE = () -> null;

    /** The next {@link Frames#SAMPLES} samples, or {@code null} for "nothing now" (the sender sends comfort silence). */
    short[] next();
}
