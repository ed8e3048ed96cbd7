package dev.switchboard.bench.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the platform's {@code switchboard.EngineStep} JFR events (the engine's own time from a
 * TwiML answer to the call's next request) from its recording, after the platform has stopped.
 */
public final class EngineSteps {
    private EngineSteps() {}

    /** The steps that began at or after {@code fromEpochMillis}, in microseconds; empty without a recording. */
    public static Optional<Percentiles> read(Path jfr, long fromEpochMillis) throws Exception {
        if (!Files.exists(jfr)) return Optional.empty();
        List<Long> micros = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("switchboard.EngineStep")) continue;
            if (e.getStartTime().toEpochMilli() < fromEpochMillis) continue;
            micros.add(e.getDuration().toNanos() / 1000);
        }
        return micros.isEmpty() ? Optional.empty()
                : Optional.of(new Percentiles(micros.stream().mapToLong(Long::longValue).toArray()));
    }
}
