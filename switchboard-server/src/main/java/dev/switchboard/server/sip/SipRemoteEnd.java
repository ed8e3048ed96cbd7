package dev.switchboard.server.sip;

/** A SIP leg as the dialog layer's events reach it: the far end hung up (BYE, CANCEL, dead dialog) or pressed keys. */
interface SipRemoteEnd {
    void remoteHangup(String why);

    void digits(String dtmf);
}
