package dev.switchboard.core.twiml;

/**
 * A fork that {@code <Start>} begins and {@code <Stop>} ends. Only {@code <Stream>} is modelled;
 * {@code <Siprec>}, {@code <Transcription>} and {@code <Recording>} are warned about and skipped.
 */
public sealed interface StartNoun permits Stream {
}
