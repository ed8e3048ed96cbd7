package dev.switchboard.server.sip;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.sandbox.MediaTimes;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogLayer;
import java.time.Duration;

/**
 * A SIP far end we called (the UAC side of {@code <Dial><Sip>} or a REST call to {@code sip:}), answered: our
 * hang-up is a BYE, its BYE (or a dead dialog) and its key presses reach the call's inbox. Prompts take their
 * {@link MediaTimes} until the media plane plays audio. Thread-safe.
 */
final class SipUacLeg implements CallLeg, SipRemoteEnd {
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

    @Override public Duration say(String text, String voice, String language) { return MediaTimes.say(text); }

    @Override public Duration play(String url) { return MediaTimes.PLAY; }

    @Override public Duration playDigits(String digits) { return MediaTimes.digits(digits); }

    @Override public Duration playBeep() { return MediaTimes.BEEP; }

    @Override public void stopMedia() {}

    @Override public Duration startRecording() { return Duration.ZERO; }

    @Override public Recording stopRecording(Duration length) {
        return new Recording(Sids.next(SidPrefix.RECORDING), "", length);
    }

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

    @Override
    public java.util.Optional<dev.switchboard.sip.message.Body> reanswer(dev.switchboard.sip.message.Body offer) {
        return media.reanswer(offer);
    }

    private void finish() {
        media.close();
        onEnd.run();
    }
}
