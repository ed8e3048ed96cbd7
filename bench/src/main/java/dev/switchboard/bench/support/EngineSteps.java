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
        List<RecordedEvent> steps = events(jfr, "switchboard.EngineStep", fromEpochMillis, Long.MAX_VALUE);
        List<Long> micros = steps.stream().filter(e -> e.getBoolean("toStatusCallback") == toStatusCallback)
                .map(EngineSteps::micros).toList();
        return micros.isEmpty() ? Optional.empty() : Optional.of(of(micros));
    }

    /** The group commits between the two instants. */
    public static Optional<Commits> commits(Path jfr, long fromEpochMillis, long toEpochMillis) throws Exception {
        List<RecordedEvent> commits = events(jfr, "switchboard.GroupCommit", fromEpochMillis, toEpochMillis);
        if (commits.isEmpty()) return Optional.empty();
        long total = commits.stream().mapToLong(e -> e.getInt("writes")).sum();
        long largest = commits.stream().mapToLong(e -> e.getInt("writes")).max().orElse(0);
        return Optional.of(new Commits(of(commits.stream().map(EngineSteps::micros).toList()), commits.size(), total, largest));
    }

    /** The recording's events named {@code name} that began between the two instants; none without a recording. */
    private static List<RecordedEvent> events(Path jfr, String name, long from, long to) throws Exception {
        if (!Files.exists(jfr)) return List.of();
        List<RecordedEvent> out = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            long at = e.getStartTime().toEpochMilli();
            if (e.getEventType().getName().equals(name) && at >= from && at <= to) out.add(e);
        }
        return out;
    }

    private static long micros(RecordedEvent e) { return e.getDuration().toNanos() / 1000; }

    private static Percentiles of(List<Long> micros) {
        return new Percentiles(micros.stream().mapToLong(Long::longValue).toArray());
    }
}
