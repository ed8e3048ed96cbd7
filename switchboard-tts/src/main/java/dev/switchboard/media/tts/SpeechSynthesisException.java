package dev.switchboard.media.tts;

/** An engine failed to render speech (a crashed subprocess, a native call that returned nothing). */
public final class SpeechSynthesisException extends RuntimeException {
    public SpeechSynthesisException(String message) { super(message); }

    public SpeechSynthesisException(String message, Throwable cause) { super(message, cause); }
}
