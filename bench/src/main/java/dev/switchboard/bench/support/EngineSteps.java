package dev.switchboard.bench.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the platform's own JFR events from its recording after it has stopped:
 * {@code switchboard.EngineStep} (the engine's time from a TwiML answer to the call's next
 * request) and {@code switchboard.GroupCommit} (one transaction of queued writes).
 */
public final class EngineSteps {
    private EngineSteps() {}

    /** Group-commit transactions in a window: commit durations and writes per transaction. */
    public record Commits(Percentiles durations, long transactions, long writes, long largest) {}

    /**
     * The engine steps that began at or after {@code fromEpochMillis}, in microseconds: those ending
     * in a status callback ({@code toStatusCallback}) or in the next TwiML request; empty without a recording.
     */
    public static Optional<Percentiles> read(Path jfr, long fromEpochMillis, boolean toStatusCallback) throws Exception {
        List<Long> micros = new ArrayList<>();
        if (!Files.exists(jfr)) return Optional.empty();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("switchboard.EngineStep")) continue;
            if (e.getStartTime().toEpochMilli() < fromEpochMillis || e.getBoolean("toStatusCallback") != toStatusCallback) continue;
            micros.add(e.getDuration().toNanos() / 1000);
        }
        return micros.isEmpty() ? Optional.empty() : Optional.of(of(micros));
    }

    /** The group commits between the two instants. */
    public static Optional<Commits> commits(Path jfr, long fromEpochMillis, long toEpochMillis) throws Exception {
        List<Long> writes = new ArrayList<>();
        List<Long> micros = durations(jfr, "switchboard.GroupCommit", fromEpochMillis, toEpochMillis, writes);
        if (micros.isEmpty()) return Optional.empty();
        long total = writes.stream().mapToLong(Long::longValue).sum();
        long largest = writes.stream().mapToLong(Long::longValue).max().orElse(0);
        return Optional.of(new Commits(of(micros), micros.size(), total, largest));
    }

    private static List<Long> durations(Path jfr, String name, long from, long to, List<Long> writes) throws Exception {
        List<Long> micros = new ArrayList<>();
        if (!Files.exists(jfr)) return micros;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals(name)) continue;
            long at = e.getStartTime().toEpochMilli();
            if (at < from || at > to) continue;
            micros.add(e.getDuration().toNanos() / 1000);
            if (writes != null) writes.add((long) e.getInt("writes"));
        }
        return micros;
    }

    private static Percentiles of(List<Long> micros) {
        return new Percentiles(micros.stream().mapToLong(Long::longValue).toArray());
    }
}
