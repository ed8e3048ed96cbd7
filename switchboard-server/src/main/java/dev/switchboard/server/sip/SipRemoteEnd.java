package dev.switchboard.server.sip;

/** A SIP leg as the dialog layer's events reach it: the far end hung up (BYE, CANCEL, dead dialog) or pressed keys. */
interface SipRemoteEnd {
    void remoteHangup(String why);

    void digits(String dtmf);

    /** The answer to the far end's re-INVITE offer (see {@link SipMediaSession#reanswer}). */
    java.util.Optional<dev.switchboard.sip.message.Body> reanswer(dev.switchboard.sip.message.Body offer);
}
