package dev.switchboard.media.leg;

import dev.switchboard.media.codec.AudioCodecs;
import dev.switchboard.media.mix.FrameSource;
import dev.switchboard.media.mix.Frames;
import dev.switchboard.media.rtp.RtpPacket;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One leg's outbound RTP, one packet per {@link #tick} (the media clock calls it every 20 ms):
 * the current {@link FrameSource}'s frame, G.711-encoded, or silence when it has none, so the far
 * end's jitter buffer and NAT binding never starve. Sequence number and timestamp start at random
 * values (RFC 3550 §5.1) and advance by one and by 160 each tick, also across silence; the marker
 * bit is set on the first packet after silence (a talkspurt, RFC 3551 §4.1). {@link #play} swaps the
 * source atomically. Only the media clock's thread ticks.
 */
public final class LegSender {
    private final AudioCodecs codec;
    private final int payloadType;
    private final long ssrc;
    private final Consumer<RtpPacket> out;
    private final byte[] silence;
    private volatile FrameSource source = FrameSource.SILENCE;
    private int sequence;
    private long timestamp;
    private boolean talking;
    private long sent;

    public LegSender(AudioCodecs codec, int payloadType, RandomGenerator random, Consumer<RtpPacket> out) {
        this.codec = codec;
        this.payloadType = payloadType;
        this.ssrc = random.nextLong() & 0xFFFF_FFFFL;
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextLong() & 0xFFFF_FFFFL;
        this.out = out;
        this.silence = new byte[Frames.SAMPLES];
        Arrays.fill(silence, codec.silence());
    }

    /** From the next tick on, frames come from {@code next} ({@link FrameSource#SILENCE} to stop). */
    public void play(FrameSource next) { source = next; }

    public FrameSource source() { return source; }

    public long ssrc() { return ssrc; }

    /** Packets sent so far. */
    public long sent() { return sent; }

    /** Sends this tick's packet. */
    public void tick() {
        short[] frame = source.next();
        boolean marker = frame != null && !talking;
        talking = frame != null;
        byte[] payload = frame == null ? silence : codec.encode(frame);
        out.accept(RtpPacket.of(payloadType, sequence, timestamp, ssrc, marker, payload));
        sent++;
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + Frames.SAMPLES) & 0xFFFF_FFFFL;
    }
}
