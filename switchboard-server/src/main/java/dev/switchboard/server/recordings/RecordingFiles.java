package dev.switchboard.server.recordings;

import dev.switchboard.media.audio.PcmAudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The audio of recordings under one directory ({@code --recordings-dir}): {@code RE….wav} and
 * {@code RE….mp3}. Each file is written to a temporary name in the same directory and then moved
 * into place atomically, so a reader only ever finds a whole file or none. Thread-safe; every method
 * blocks on the file system.
 */
public final class RecordingFiles {
    /** The media types a recording is served in, with Twilio's content types. */
    public enum Format {
        WAV("wav", "audio/x-wav"), MP3("mp3", "audio/mpeg");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() { return contentType; }
    }

    private static final Pattern SID = Pattern.compile("RE[0-9a-fA-F]{32}");
    private final Path dir;

    public RecordingFiles(Path dir) { this.dir = dir; }

    public Path dir() { return dir; }

    /** Writes both formats of {@code audio} for {@code sid}; on failure nothing of it is left. */
    public void write(String sid, PcmAudio audio) {
        checkSid(sid);
        try {
            Files.createDirectories(dir);
            place(sid, Format.WAV, WavEncoder.encode(audio));
            place(sid, Format.MP3, Mp3Encoder.encode(audio));
        } catch (IOException | RuntimeException e) {
            delete(sid);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The file of {@code sid} in {@code format}, if it has been written. */
    public Optional<Path> find(String sid, Format format) {
        checkSid(sid);
        Path p = path(sid, format);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Removes every file of {@code sid}; true when nothing of it is left. Never throws for I/O. */
    public boolean delete(String sid) {
        checkSid(sid);
        boolean gone = true;
        for (Format f : Format.values()) {
            try {
                Files.deleteIfExists(path(sid, f));
            } catch (IOException e) {
                gone = false;
            }
        }
        return gone;
    }

    private void place(String sid, Format format, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, sid + ".", ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, path(sid, format), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path(sid, format), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path path(String sid, Format format) { return dir.resolve(sid + "." + format.extension); }

    private static void checkSid(String sid) {
        // the SID names a file: anything else (../, separators) must never reach the file system
        if (!SID.matcher(sid).matches()) throw new IllegalArgumentException("not a recording SID: " + sid);
    }
}
