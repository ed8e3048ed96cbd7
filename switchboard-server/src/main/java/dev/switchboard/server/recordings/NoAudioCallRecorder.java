package dev.switchboard.server.recordings;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.media.audio.PcmAudio;
import java.util.Optional;

/**
 * The {@link CallRecorder} of calls without an audio path (every call until the media plane lands,
 * issue 12): it captures nothing, so a stopped recording has no audio and ends {@code absent}. It never
 * invents audio.
 */
public final class NoAudioCallRecorder implements CallRecorder {
    @Override
    public void start(Recording recording) { }

    @Override
    public void pause(String recordingSid, boolean skip) { }

    @Override
    public void resume(String recordingSid) { }

    @Override
    public Optional<PcmAudio> stop(String recordingSid) { return Optional.empty(); }
}
