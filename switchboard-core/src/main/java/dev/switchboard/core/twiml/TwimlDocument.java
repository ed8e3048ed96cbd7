package dev.switchboard.core.twiml;

import java.util.List;

/**
 * A parsed {@code <Response>}: the verbs to run, top to bottom, and the non-fatal problems the
 * parser found (each already resolved by skipping an element or using a default). Immutable.
 */
public record TwimlDocument(List<Verb> verbs, List<TwimlWarning> warnings) {
    public TwimlDocument {
        verbs = List.copyOf(verbs);
        warnings = List.copyOf(warnings);
    }
}
