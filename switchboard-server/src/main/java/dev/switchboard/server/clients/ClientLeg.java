package dev.switchboard.server.clients;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sandbox.TimedPromptLeg;
import dev.switchboard.core.time.Inbox;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Voice SDK device as a call's far end: the callee of a call that rang its identity, or the caller
 * of a call it placed with {@code device.connect()}. No media flows (spec: no SDP negotiation beyond
 * {@link NoMediaSdp}), so prompts only take their {@link dev.switchboard.core.sandbox.MediaTimes}. The device's {@code dtmf}
 * frames reach the call as digits and its {@code hangup} as {@link CallInput.RemoteHangup}; our
 * hang-up is a {@code hangup} frame. Thread-safe.
 */
public final class ClientLeg implements TimedPromptLeg {
    private static final Logger LOG = LoggerFactory.getLogger(ClientLeg.class);

    private final String callSid;
    private volatile Inbox<CallInput> inbox;
    private final boolean deviceIsCaller;
    private final String offer;
    private final String reconnectToken = UUID.randomUUID().toString();
    private volatile SignalConnection connection;
    private volatile boolean answered;
    private volatile boolean ended;

    /** @param offer the device's SDP offer when it placed the call ({@code null} when it was rung) */
    ClientLeg(String callSid, SignalConnection connection, Inbox<CallInput> inbox, boolean deviceIsCaller, String offer) {
        this.callSid = callSid;
        this.connection = connection;
        this.inbox = inbox;
        this.deviceIsCaller = deviceIsCaller;
        this.offer = offer;
        this.answered = !deviceIsCaller;
    }

    public String callSid() { return callSid; }

    String reconnectToken() { return reconnectToken; }

    SignalConnection connection() { return connection; }

    boolean isEnded() { return ended; }

    @Override
    public synchronized void answer() {
        if (answered || ended) return;
        answered = true;
        connection.send(answerFrame());
    }

    /**
     * Our {@code answer}: to a call the device placed, the SDP answer to its offer; to a call the device
     * answered, no SDP (the device's SDK has no offer of ours to match and keeps only the token). Both
     * carry the reconnect token, which the SDK stores from any {@code answer} (call.ts {@code _onAnswer})
     * and sends back in {@code invite{callsid, sdp, reconnect}} after its socket drops.
     */
    SignalFrame answerFrame() {
        SignalFrame f = SignalFrame.forCall("answer", callSid);
        if (deviceIsCaller) f.payload().put("sdp", NoMediaSdp.answer(offer));
        f.payload().put("reconnect", reconnectToken);
        return f;
    }

    @Override public boolean isAnswered() { return answered; }
    /** A device that placed the call is refused before answer: it gets a {@code hangup}. */
    @Override public void reject(String reason) { hangup(); }

    @Override
    public void hangup() {
        SignalConnection c;
        synchronized (this) {
            if (ended) return;
            ended = true;
            c = connection;
        }
        c.send(SignalFrame.forCall("hangup", callSid));
        c.forget(this);
    }

    /** The device hung up (or its socket stayed away past the grace period). */
    void remoteHangup(String why) {
        synchronized (this) {
            if (ended) return;
            ended = true;
        }
        LOG.info("call {}: client leg ended ({})", callSid, why);
        connection.forget(this);
        Inbox<CallInput> in = inbox;
        if (in != null) in.offer(new CallInput.RemoteHangup());
    }

    /** The call's inbox, once its thread runs (a device-placed call); a hang-up that came first is delivered now. */
    synchronized ClientLeg withInbox(Inbox<CallInput> in) {
        this.inbox = in;
        if (ended) in.offer(new CallInput.RemoteHangup());
        return this;
    }

    /** DTMF from the device: {@code 0-9 * #} become digits, anything else is ignored. */
    void digits(String dtmf) {
        Inbox<CallInput> in = inbox;
        if (ended || in == null) return;
        for (char c : dtmf.toCharArray()) {
            if ((c >= '0' && c <= '9') || c == '*' || c == '#') in.offer(new CallInput.Digit(c));
        }
    }

    /** A reconnecting device takes the call over on its new socket. */
    void rebind(SignalConnection fresh) { this.connection = fresh; }

    boolean deviceIsCaller() { return deviceIsCaller; }
}
