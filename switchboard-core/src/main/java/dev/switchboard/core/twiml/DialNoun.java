package dev.switchboard.core.twiml;

/**
 * What a {@code <Dial>} connects to. A plain-text {@code <Dial>} body is parsed as a
 * {@link DialNumber} with default attributes. {@code <Sim>} and {@code <WhatsApp>} are not
 * modelled (the parser warns and skips them).
 */
public sealed interface DialNoun
        permits DialNumber, DialClient, DialSip, DialConference, DialQueue, DialApplication {
}
