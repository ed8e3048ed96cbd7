package dev.switchboard.server.sip;

import dev.switchboard.sip.message.Body;

/**
 * A SIP leg's media: the RTP port opened for it and our SDP answer (or offer) naming that port. Closing it
 * releases the port. The SIP side never touches RTP itself; the media module sits behind this.
 */
interface SipMediaSession extends AutoCloseable {
    /** Our session description for the 200 OK (or the INVITE we send). */
    Body localSdp();

    /** The far end's SDP answer to our offer (a 200 OK to our INVITE): where to send RTP, which payload types. */
    void remoteAnswer(Body answer);

    /**
     * The answer to a new offer in the session (a re-INVITE: hold, resume, a new address), built on the answer
     * before (same {@code o=} id, version + 1 when it changes); empty when it offers nothing we can take (488).
     */
    java.util.Optional<Body> reanswer(Body offer);

    /**
     * Starts sending {@code <Say>} speech to the far end, replacing whatever plays; answers how long it plays.
     * Prompts start once the far end's RTP address is known (from its SDP, or latched from its first packet).
     */
    java.time.Duration say(String text, String voice, String language);

    /**
     * Starts sending the {@code <Play>} file at {@code url}; answers how long it plays. Throws
     * {@link dev.switchboard.core.interpreter.PromptUnavailableException} (11200, 13420) when it cannot.
     */
    java.time.Duration play(String url);

    /** Starts the {@code <Record>} beep; answers how long it plays. */
    java.time.Duration beep();

    /** Stops the prompt that plays (barge-in); silence follows. */
    void stopPrompt();

    /** Installs where telephone-event digits go ({@code 0-9 * # A-D}, one per key press). */
    void onDigit(java.util.function.Consumer<Character> sink);

    @Override
    void close();
}
