package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a call's events go: the interpreter's {@link CallEvent}s, status changes and webhook
 * exchanges. Logged with the CallSid; the durable timeline store plugs in here.
 */
public class CallTimeline {
    private static final Logger LOG = LoggerFactory.getLogger(CallTimeline.class);

    public void event(String accountSid, String callSid, CallEvent event) {
        switch (event) {
            case CallEvent.CallFailed f -> LOG.warn("call {} failed: {} {}", callSid, f.code(), f.message());
            case CallEvent.WarningRaised w -> LOG.info("call {} warning {}: {}", callSid, w.code(), w.message());
            default -> LOG.debug("call {} {}", callSid, event);
        }
    }

    public void statusChanged(String accountSid, String callSid, String from, String to) {
        LOG.debug("call {} {} -> {}", callSid, from, to);
    }

    public void webhook(String accountSid, String callSid, StatusCallbacks.Outcome outcome) {
        LOG.debug("call {} callback {} -> {}", callSid, outcome.request().url(), outcome.result());
    }
}
