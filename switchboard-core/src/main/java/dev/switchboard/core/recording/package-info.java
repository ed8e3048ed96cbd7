/**
 * Recordings (RE…): the {@link dev.switchboard.core.recording.Recording} record, its status and
 * source enums, and the Recordings list filter. Pure values, JDK only: no HTTP, JDBC or file I/O
 * (audio files are the server's {@code RecordingFiles}).
 */
package dev.switchboard.core.recording;
