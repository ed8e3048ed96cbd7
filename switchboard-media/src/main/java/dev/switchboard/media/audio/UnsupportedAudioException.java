package dev.switchboard.media.audio;

/**
 * Bytes that are not audio Switchboard can play: a format it does not decode (float, 24-bit, ADPCM, …), a
 * damaged or truncated file, or something that is not audio at all. The message says what was found, so it can
 * go into the call's warning (Twilio 13420 / 11200) as it is. Unchecked: callers map it at one boundary.
 */
public final class UnsupportedAudioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedAudioException(String message) {
        super(message);
    }

    public UnsupportedAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
