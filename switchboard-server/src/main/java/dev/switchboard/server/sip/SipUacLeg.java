package dev.switchboard.server.sip;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sandbox.TimedPromptLeg;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogLayer;

/**
 * A SIP far end we called (the UAC side of {@code <Dial><Sip>} or a REST call to {@code sip:}), answered: our
 * hang-up is a BYE, its BYE (or a dead dialog) and its key presses reach the call's inbox. Prompts take their
 * {@link dev.switchboard.core.sandbox.MediaTimes} until the media plane plays audio. Thread-safe.
 */
final class SipUacLeg implements TimedPromptLeg, SipRemoteEnd {
    private final Dialog dialog;
    private final DialogLayer dialogs;
    private final SipMediaSession media;
    private final Inbox<CallInput> inbox;
    private final Runnable onEnd;
    private boolean ended;

    SipUacLeg(Dialog dialog, DialogLayer dialogs, SipMediaSession media, Inbox<CallInput> inbox, Runnable onEnd) {
        this.dialog = dialog;
        this.dialogs = dialogs;
        this.media = media;
        this.inbox = inbox;
        this.onEnd = onEnd;
    }

    @Override public void answer() {}

    @Override public boolean isAnswered() { return true; }

    @Override public void reject(String reason) { hangup(); }

    @Override
    public void hangup() {
        synchronized (this) {
            if (ended) return;
            ended = true;
        }
        dialogs.bye(dialog);
        finish();
    }

    @Override
    public void remoteHangup(String why) {
        synchronized (this) {
            if (ended) return;
            ended = true;
        }
        inbox.offer(new CallInput.RemoteHangup());
        finish();
    }

    @Override
    public void digits(String dtmf) {
        synchronized (this) {
            if (ended) return;
        }
        for (char c : dtmf.toCharArray()) {
            if ((c >= '0' && c <= '9') || c == '*' || c == '#') inbox.offer(new CallInput.Digit(c));
        }
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
