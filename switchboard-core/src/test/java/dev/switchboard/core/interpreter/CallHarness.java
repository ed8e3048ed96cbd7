package dev.switchboard.core.interpreter;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.time.VirtualCallClock;
import dev.switchboard.core.twiml.HttpMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Wires the interpreter to the fakes and a virtual clock; the test thread is the call's thread. */
final class CallHarness {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String URL = "https://app.example.com/voice/start";

    final VirtualCallClock clock = new VirtualCallClock(T0);
    final Inbox<CallInput> inputs = new Inbox<>();
    final ScriptedDocuments documents = new ScriptedDocuments();
    final RecordingCallLeg leg = new RecordingCallLeg();
    final ScriptedDialConnector dialer = new ScriptedDialConnector(clock);
    final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private final List<Thread> senders = new ArrayList<>();
    private Instant endedAt;
    /** The test thread is the call's thread; it joins first so senders cannot run the clock ahead of it. */
    private final CallClock.Participant callThread = clock.join();

    /** Offers {@code sent} (in order) when the call has been running {@code at}, from a thread on the clock. */
    CallHarness inputAt(Duration at, CallInput... sent) {
        CountDownLatch joined = new CountDownLatch(1);
        Thread t = Thread.ofVirtual().start(() -> {
            try (CallClock.Participant p = clock.join()) {
                joined.countDown();
                clock.sleep(Duration.between(clock.now(), T0.plus(at)));
                for (CallInput in : sent) inputs.offer(in);
            }
        });
        senders.add(t);
        try {
            joined.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    CallHarness serve(String url, String twiml) {
        documents.enqueue(url, twiml);
        return this;
    }

    CallEnd run() {
        return run(URL);
    }

    CallEnd run(String url) {
        CallEnd end;
        try (callThread) {
            end = interpreter().run(url, HttpMethod.POST);
            endedAt = clock.now();
        }
        for (Thread t : senders) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return end;
    }

    /** Runs {@code url} as a whisper on an already answered leg. */
    TwimlInterpreter.WhisperEnd runWhisper(String url) {
        leg.answered();
        try (callThread) {
            TwimlInterpreter.WhisperEnd end = interpreter().runWhisper(url, HttpMethod.POST);
            endedAt = clock.now();
            return end;
        }
    }

    CallEnd runTwiml(String twiml) {
        try (callThread) {
            CallEnd end = interpreter().runTwiml(twiml, URL);
            endedAt = clock.now();
            return end;
        }
    }

    private TwimlInterpreter interpreter() {
        return new TwimlInterpreter(documents, leg, dialer, events::add, clock, inputs);
    }

    /** Virtual time the call ran. */
    Duration elapsed() { return Duration.between(T0, endedAt); }

    static String twiml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + body + "</Response>";
    }
}
