package dev.switchboard.server.sip;

import dev.switchboard.sip.message.Body;
import java.util.Optional;

/** Opens a leg's media: for an offer that arrived (inbound INVITE), or as an offer we send (outbound). */
interface SipMedia {
    /** The answer to {@code offer}; empty when no audio stream with a codec we speak is offered (answer 488). */
    Optional<SipMediaSession> answer(Body offer);

    /** An offer of our own (an INVITE we send, or an INVITE that arrived without SDP). */
    SipMediaSession offer();
}
