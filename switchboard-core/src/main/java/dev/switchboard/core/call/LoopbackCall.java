package dev.switchboard.core.call;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.sandbox.MediaTimes;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Optional;

/**
 * A call from one platform call to a number the platform itself owns: the dialing call (A) and
 * the inbound call it creates (B) each see the other as a {@link CallLeg}. B answering, rejecting
 * or hanging up ends A's ringing; digits A plays reach B's inbox (so {@code SendDigits} can drive
 * B's {@code <Gather>}); either side hanging up reaches the other as {@code RemoteHangup}. No media
 * flows: prompts only take time on the clock ({@link MediaTimes}).
 */
public final class LoopbackCall {
    /** How B's side settled A's ringing. */
    public sealed interface Settled {
        record Answered() implements Settled {}
        record Rejected(String reason) implements Settled {}
        record Ended() implements Settled {}
    }

    private final Inbox<Settled> settled = new Inbox<>();
    private final Inbox<CallInput> aInbox;
    private volatile Inbox<CallInput> bInbox;
    private volatile boolean bAnswered;
    private volatile boolean ended;

    public LoopbackCall(Inbox<CallInput> aInbox) { this.aInbox = aInbox; }

    /** B's view of A: the caller leg of the inbound call. */
    public CallLeg callerLeg(Inbox<CallInput> bInbox) {
        this.bInbox = bInbox;
        return new Side() {
            @Override public void answer() {
                if (!bAnswered) {
                    bAnswered = true;
                    settled.offer(new Settled.Answered());
                }
            }
            @Override public boolean isAnswered() { return bAnswered; }
            @Override public void reject(String reason) { settle(new Settled.Rejected(reason)); }
            @Override public void hangup() {
                if (!bAnswered) settle(new Settled.Ended());
                else hangUpTowards(aInbox);
            }
        };
    }

    /** A's view of B, once B answered: the callee leg of the dialing call. */
    public CallLeg calleeLeg() {
        return new Side() {
            @Override public void answer() {}
            @Override public boolean isAnswered() { return true; }
            @Override public Duration playDigits(String digits) {
                Inbox<CallInput> b = bInbox;
                if (b != null && !ended) {
                    for (char c : digits.toCharArray()) if (c != 'w' && c != 'W') b.offer(new CallInput.Digit(c));
                }
                return MediaTimes.digits(digits);
            }
            @Override public void reject(String reason) { hangup(); }
            @Override public void hangup() {
                Inbox<CallInput> b = bInbox;
                if (b != null) hangUpTowards(b);
            }
        };
    }

    /** A waits here (on its own thread) for B to settle, at most {@code ringTimeout}. */
    public Optional<Settled> awaitSettled(CallClock clock, Duration ringTimeout) {
        return clock.poll(settled, ringTimeout);
    }

    /** A gave up ringing (timeout, or A was canceled): B's call ends as if the caller hung up. */
    public void abandon() {
        Inbox<CallInput> b = bInbox;
        ended = true;
        if (b != null) b.offer(new CallInput.RemoteHangup());
    }

    private void settle(Settled s) { settled.offer(s); }

    private synchronized void hangUpTowards(Inbox<CallInput> other) {
        if (ended) return;
        ended = true;
        other.offer(new CallInput.RemoteHangup());
    }

    /** Prompts take time and reach nobody; recordings are empty placeholders. */
    private abstract static class Side implements CallLeg {
        @Override public Duration say(String text, String voice, String language) { return MediaTimes.say(text); }
        @Override public Duration play(String url) { return MediaTimes.PLAY; }
        @Override public Duration playDigits(String digits) { return MediaTimes.digits(digits); }
        @Override public Duration playBeep() { return MediaTimes.BEEP; }
        @Override public void stopMedia() {}
        @Override public Duration startRecording() { return Duration.ZERO; }
        @Override public Recording stopRecording(Duration length) {
            return new Recording(Sids.next(SidPrefix.RECORDING), "", length);
        }
    }
}
