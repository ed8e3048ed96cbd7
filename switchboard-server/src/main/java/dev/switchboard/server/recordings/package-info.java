/**
 * Recordings on the server: {@link dev.switchboard.server.recordings.Recordings} (the internal API the
 * call engine and the REST handlers use: save finished audio, start/pause/resume/stop a live call's
 * recording, delete), {@link dev.switchboard.server.recordings.RecordingFiles} (the audio under
 * {@code --recordings-dir}, written atomically), the WAV and MP3 encoders, the
 * {@link dev.switchboard.server.recordings.CallRecorder} port a live call's audio capture implements, and
 * the recording status callbacks. No HTTP routing here: the REST side is {@code api/recordings}.
 */
package dev.switchboard.server.recordings;
