package dev.switchboard.server.media;

import dev.switchboard.media.audio.PcmAudio;

/** Turns a fetched file into telephone audio (8 kHz mono), by its media type; the decoders live in the media module. */
interface AudioDecoder {
    /** Whether {@code mediaType} (lower case, without parameters) names audio this decoder reads. */
    boolean reads(String mediaType);

    /** The audio at 8 kHz; throws {@link UndecodableAudioException} when the bytes are not what the type says or not a format it reads. */
    PcmAudio decode(String mediaType, byte[] body);

    /** The bytes are not audio this decoder can read; the message says what was found. */
    final class UndecodableAudioException extends RuntimeException {
        UndecodableAudioException(String message) { super(message); }

        UndecodableAudioException(String message, Throwable cause) { super(message, cause); }
    }
}
