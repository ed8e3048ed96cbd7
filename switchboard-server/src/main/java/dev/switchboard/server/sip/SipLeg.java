package dev.switchboard.server.sip;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sandbox.TimedPromptLeg;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.IncomingInvite;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP caller as a call's far end (the UAS side of an inbound INVITE). {@link #answer} sends 200 with our
 * SDP answer; {@link #reject} sends 486 ({@code busy}) or 404 ({@code rejected}, spec §1.5); {@link #hangup}
 * sends BYE once answered, else 603 Decline. The caller's BYE or CANCEL and its DTMF reach the call through
 * its inbox. Until the media plane (issue 12) plays audio, prompts take their {@link dev.switchboard.core.sandbox.MediaTimes} while the RTP
 * port stays open. Thread-safe.
 */
final class SipLeg implements TimedPromptLeg, SipRemoteEnd {
    private static final Logger LOG = LoggerFactory.getLogger(SipLeg.class);

    private final String callSid;
    private final IncomingInvite invite;
    private final DialogLayer dialogs;
    private final SipMediaSession media;
    private final Runnable onEnd;
    private volatile Inbox<CallInput> inbox;
    private Dialog dialog;
    private boolean answered;
    private boolean ended;

    SipLeg(String callSid, IncomingInvite invite, DialogLayer dialogs, SipMediaSession media, Runnable onEnd) {
        this.callSid = callSid;
        this.invite = invite;
        this.dialogs = dialogs;
        this.media = media;
        this.onEnd = onEnd;
    }

    String callSid() { return callSid; }

    @Override
    public void answer() {
        boolean cancelled;
        synchronized (this) {
            if (answered || ended) return;
            Optional<Dialog> d = invite.answer(media.localSdp());
            cancelled = d.isEmpty();
            if (!cancelled) {
                dialog = d.get();
                answered = true;
            }
        }
        if (cancelled) remoteHangup("the INVITE could no longer be answered (cancelled)");
    }

    @Override public synchronized boolean isAnswered() { return answered; }

    @Override
    public void reject(String reason) {
        synchronized (this) {
            if (answered || ended) return;
            ended = true;
        }
        invite.reject("busy".equals(reason) ? 486 : 404);
        finish();
    }

    @Override
    public void hangup() {
        Dialog d;
        synchronized (this) {
            if (ended) return;
            ended = true;
            d = dialog;
        }
        if (d != null) {
            dialogs.bye(d);
        } else {
            invite.reject(603);
        }
        finish();
    }

    /** The caller sent BYE or CANCEL, or the dialog died (no ACK, session timer). */
    @Override
    public void remoteHangup(String why) {
        synchronized (this) {
            if (ended) return;
            ended = true;
        }
        LOG.debug("call {}: SIP caller ended ({})", callSid, why);
        Inbox<CallInput> in = inbox;
        if (in != null) in.offer(new CallInput.RemoteHangup());
        finish();
    }

    /** DTMF from the caller (RFC 4733 events or SIP INFO): {@code 0-9 * #} become digits. */
    @Override
    public void digits(String dtmf) {
        Inbox<CallInput> in = inbox;
        synchronized (this) {
            if (ended || in == null) return;
        }
        for (char c : dtmf.toCharArray()) {
            if ((c >= '0' && c <= '9') || c == '*' || c == '#') in.offer(new CallInput.Digit(c));
        }
    }

    /** The call's inbox, once its thread runs; a hang-up that came first is delivered now. */
    SipLeg withInbox(Inbox<CallInput> in) {
        boolean gone;
        synchronized (this) {
            this.inbox = in;
            gone = ended;
        }
        if (gone) in.offer(new CallInput.RemoteHangup());
        return this;
    }

    /** Speech from text to speech, sent as RTP in the negotiated codec (not a simulated time). */
    @Override
    public java.time.Duration say(String text, String voice, String language) { return media.say(text, voice, language); }

    @Override
    public java.time.Duration play(String url) { return media.play(url); }

    @Override
    public java.time.Duration playBeep() { return media.beep(); }

    @Override
    public void stopMedia() { media.stopPrompt(); }

    @Override
    public java.util.Optional<dev.switchboard.sip.message.Body> reanswer(dev.switchboard.sip.message.Body offer) {
        return media.reanswer(offer);
    }

    private void finish() {
        media.close();
        onEnd.run();
    }
}
