package dev.switchboard.core.interpreter;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.twiml.Dial;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Replays scripted dial results: each {@code <Dial>} stays connected for the scripted time on the
 * clock, ending early (and reporting it) if the caller sends a control input meanwhile.
 */
final class ScriptedDialConnector implements DialConnector {
    private record Script(Duration connected, DialOutcome outcome) {
    }

    private final CallClock clock;
    private final Deque<Script> scripts = new ArrayDeque<>();
    final List<Dial> dials = new ArrayList<>();

    ScriptedDialConnector(CallClock clock) { this.clock = clock; }

    synchronized ScriptedDialConnector enqueue(Duration connected, DialOutcome outcome) {
        scripts.addLast(new Script(connected, outcome));
        return this;
    }

    @Override
    public DialOutcome connect(Dial dial, Inbox<CallInput> callerInputs) {
        Script script;
        synchronized (this) {
            dials.add(dial);
            script = scripts.removeFirst();
        }
        var end = clock.now().plus(script.connected());
        while (clock.now().isBefore(end)) {
            Optional<CallInput> in = clock.poll(callerInputs, Duration.between(clock.now(), end));
            if (in.isPresent() && in.get() instanceof CallInput.Control c) return script.outcome().endedByCaller(c);
        }
        return script.outcome();
    }
}
