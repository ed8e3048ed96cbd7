package dev.switchboard.server.recordings;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.media.audio.PcmAudio;
import java.util.Optional;

/**
 * The port through which a live call's audio is captured for a recording started by the REST API
 * ({@code POST …/Calls/{CallSid}/Recordings.json}). The media plane implements it; until then
 * {@link NoAudioCallRecorder} captures nothing. Calls may block briefly; thread-safe.
 */
public interface CallRecorder {
    /** Begins capturing the call's audio for {@code recording} (its channels and track say what). */
    void start(Recording recording);

    /** Stops capturing until {@link #resume}; {@code skip} leaves the gap out, otherwise it is silence. */
    void pause(String recordingSid, boolean skip);

    void resume(String recordingSid);

    /** Ends capture; the audio captured, or empty when there was none (the recording is then {@code absent}). */
    Optional<PcmAudio> stop(String recordingSid);
}
