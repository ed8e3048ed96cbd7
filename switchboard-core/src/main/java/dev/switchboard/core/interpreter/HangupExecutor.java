package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.Hangup;
import dev.switchboard.core.twiml.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code <Hangup>}: end the call, returning its {@code <Parameter>}s (spec §2.5, §3.8). */
final class HangupExecutor {
    Outcome execute(Hangup hangup, VerbContext ctx) {
        return new Outcome.Hangup(toMap(hangup.parameters()));
    }

    /** Document order; a repeated name keeps its last value. */
    static Map<String, String> toMap(List<Parameter> parameters) {
        Map<String, String> map = new LinkedHashMap<>();
        parameters.forEach(p -> map.put(p.name(), p.value()));
        return map;
    }
}
