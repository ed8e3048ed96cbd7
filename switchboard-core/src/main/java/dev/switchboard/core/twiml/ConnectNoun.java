package dev.switchboard.core.twiml;

/**
 * What {@code <Connect>} connects the call to. Only {@code <Stream>} is modelled; the other
 * Twilio nouns ({@code <Room>}, {@code <ConversationRelay>} …) are warned about and skipped.
 */
public sealed interface ConnectNoun permits Stream {
}
