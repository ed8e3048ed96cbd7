package dev.switchboard.server.conferences;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.Inbox;

/**
 * A call inside a room. The call's thread blocks on its own inbox; the room {@link #release}s it
 * (kicked, or the conference ended) by marking it and waking the inbox with {@link #WAKE}.
 */
public final class Member {
    /** A digit no keypad sends, used only to wake a participant's thread. */
    public static final char WAKE = '\u0001';

    private final String callSid;
    private final String conferenceSid;
    private final String accountSid;
    private final Inbox<CallInput> wake;
    private volatile boolean released;

    Member(String callSid, String conferenceSid, String accountSid, Inbox<CallInput> wake) {
        this.callSid = callSid;
        this.conferenceSid = conferenceSid;
        this.accountSid = accountSid;
        this.wake = wake;
    }

    public String callSid() { return callSid; }

    public String conferenceSid() { return conferenceSid; }

    public String accountSid() { return accountSid; }

    /** Whether the room has let this participant go: its Dial ends. */
    public boolean released() { return released; }

    void release() {
        released = true;
        wake.offer(new CallInput.Digit(WAKE));
    }

    /** Removes any wake-up left in the call's inbox once its Dial is over. */
    public void forgetWakeUps() {
        while (wake.takeFirst(i -> i instanceof CallInput.Digit d && d.key() == WAKE).isPresent()) {
            // drained
        }
    }
}
