package dev.switchboard.server.config;

import java.nio.file.Path;

/**
 * Recordings. Options (flag / environment / default):
 * <ul>
 *   <li>{@code dir} — {@code --recordings-dir} / {@code SWITCHBOARD_RECORDINGS_DIR} / {@code <data-dir>/recordings}:
 *       where recording audio ({@code RE….wav}, {@code RE….mp3}) is kept</li>
 * </ul>
 */
public record RecordingConfig(Path dir) {
    public static RecordingConfig under(Path dataDir) { return new RecordingConfig(dataDir.resolve("recordings")); }
}
