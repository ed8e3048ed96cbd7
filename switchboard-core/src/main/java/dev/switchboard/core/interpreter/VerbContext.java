package dev.switchboard.core.interpreter;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.webhook.UrlResolver;
import java.util.Optional;

/**
 * What an executor may use: the ports, the call's inbox and the URL of the document the verb
 * came from (relative URLs resolve against it, spec §0.2).
 */
record VerbContext(CallLeg leg, CallClock clock, Inbox<CallInput> inputs, CallEvents events,
                   DialConnector dialer, String documentUrl) {

    String resolve(String reference) {
        return documentUrl.isEmpty() ? reference : UrlResolver.resolve(documentUrl, reference);
    }

    /** Gather/Record {@code action}: without one Twilio requests the current document again (spec §3.5, §3.6). */
    String actionOrCurrent(Optional<String> action) {
        return action.map(this::resolve).orElse(documentUrl);
    }
}
