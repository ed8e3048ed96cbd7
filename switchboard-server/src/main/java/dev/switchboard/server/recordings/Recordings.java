package dev.switchboard.server.recordings;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingSource;
import dev.switchboard.core.recording.RecordingStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.media.audio.PcmAudio;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The internal API of recordings: {@link #save} stores finished audio (the call engine's
 * {@code <Record>}, {@code <Dial record>} later), {@link #start}/{@link #pause}/{@link #resume}/{@link #stop}
 * drive a live call's recording through the {@link CallRecorder} port, {@link #delete} removes a
 * recording and its files. A record exists only once its files are whole. Thread-safe; every method
 * blocks on the store and the file system.
 */
public final class Recordings {
    private static final Logger LOG = LoggerFactory.getLogger(Recordings.class);

    /** A {@code RecordingStatusCallback} and the events it asked for; {@link #NONE} for no callback. */
    public record Callback(String url, String method, List<String> events) {
        public static final Callback NONE = new Callback(null, "POST", List.of());
    }

    private final RecordingStore store;
    private final CallStore calls;
    private final RecordingFiles files;
    private final CallRecorder recorder;
    private final RecordingCallbacks callbacks;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    public Recordings(RecordingStore store, CallStore calls, RecordingFiles files, CallRecorder recorder,
            RecordingCallbacks callbacks, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.files = files;
        this.recorder = recorder;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    public RecordingFiles files() { return files; }

    /** Creates a {@code completed} mono recording of {@code audio} with its files. */
    public Recording save(String accountSid, String callSid, RecordingSource source, PcmAudio audio, Instant startTime) {
        return save(accountSid, callSid, source, audio, startTime, Callback.NONE);
    }

    public Recording save(String accountSid, String callSid, RecordingSource source, PcmAudio audio, Instant startTime,
            Callback callback) {
        Instant now = clock.instant();
        String sid = Sids.next(SidPrefix.RECORDING);
        files.write(sid, audio);
        Recording r = new Recording(sid, accountSid, callSid, null, RecordingStatus.COMPLETED, source, 1, "both", startTime,
                seconds(audio), null, null, callback.url(), callback.method(), callback.events(), now, now);
        try {
            store.create(r);
        } catch (RuntimeException e) {
            files.delete(sid);
            throw e;
        }
        callbacks.report(r);
        return r;
    }

    /** Starts recording a call that is {@code in-progress} (else 21220); the answer is {@code in-progress}. */
    public Recording start(String accountSid, String callSid, int channels, String track, Callback callback) {
        Call call = calls.find(accountSid, callSid)
                .orElseThrow(() -> new TwilioException(TwilioError.NOT_FOUND, "Call " + callSid));
        if (call.status() != CallStatus.IN_PROGRESS) {
            throw new TwilioException(TwilioError.RECORDING_CALL_NOT_IN_PROGRESS, "start a recording");
        }
        Instant now = clock.instant();
        Recording r = new Recording(Sids.next(SidPrefix.RECORDING), accountSid, callSid, null, RecordingStatus.IN_PROGRESS,
                RecordingSource.START_CALL_RECORDING_API, channels, track, now, null, null, null, callback.url(),
                callback.method(), callback.events(), now, now);
        store.create(r);
        recorder.start(r);
        callbacks.report(r);
        return r;
    }

    public Recording pause(String accountSid, String sid, boolean skip) {
        return transition(accountSid, sid, RecordingStatus.PAUSED, () -> recorder.pause(sid, skip));
    }

    public Recording resume(String accountSid, String sid) {
        return transition(accountSid, sid, RecordingStatus.IN_PROGRESS, () -> recorder.resume(sid));
    }

    /**
     * Stops a live recording: answers it {@code stopped}, then finishes it from the captured audio
     * ({@code completed} with its files) or, with none captured, {@code absent}.
     */
    public Recording stop(String accountSid, String sid) {
        Recording stopped = transition(accountSid, sid, RecordingStatus.STOPPED, () -> { });
        Optional<PcmAudio> audio = recorder.stop(sid);
        Instant now = clock.instant();
        Recording done;
        if (audio.isPresent() && audio.get().length() > 0) {
            files.write(sid, audio.get());
            done = stopped.completed(seconds(audio.get()), now);
        } else {
            done = stopped.absent(null, now);
        }
        store.update(done);
        callbacks.report(done);
        return stopped;
    }

    /** Deletes a finished recording and then its files; a live one answers 20009, an unknown one 20404. */
    public void delete(String accountSid, String sid) {
        lock.lock();
        try {
            Recording r = find(accountSid, sid);
            if (r.status().live()) throw new TwilioException(TwilioError.RESOURCE_NOT_COMPLETE);
            store.delete(accountSid, sid);
        } finally {
            lock.unlock();
        }
        if (!files.delete(sid)) LOG.warn("recording {} deleted, but not every file of it could be removed", sid);
    }

    private Recording transition(String accountSid, String sid, RecordingStatus to, Runnable effect) {
        lock.lock();
        try {
            Recording r = find(accountSid, sid);
            if (!r.status().live()) {
                throw new TwilioException(TwilioError.RECORDING_CALL_NOT_IN_PROGRESS, "change a recording that is " + r.status().wire());
            }
            if (r.status() == to) return r;
            Recording next = r.withStatus(to, clock.instant());
            effect.run();
            store.update(next);
            return next;
        } finally {
            lock.unlock();
        }
    }

    private Recording find(String accountSid, String sid) {
        return store.find(accountSid, sid).orElseThrow(() -> new TwilioException(TwilioError.NOT_FOUND, "Recording " + sid));
    }

    /** Whole seconds, rounded to the nearest. */
    static int seconds(PcmAudio audio) {
        return (int) ((audio.length() + audio.sampleRate() / 2L) / audio.sampleRate());
    }
}
