package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.DocumentSource;
import dev.switchboard.core.interpreter.Fetched;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;

/**
 * Adds parameters to a call's first TwiML request only (the legacy contract's {@code DialStatus},
 * the {@code AnsweredBy} of machine detection).
 */
final class FirstRequestExtras implements DocumentSource {
    private final DocumentSource delegate;
    private FormParams pending;

    FirstRequestExtras(DocumentSource delegate, FormParams extras) {
        this.delegate = delegate;
        this.pending = extras;
    }

    @Override
    public Fetched fetch(String url, HttpMethod method, FormParams extraParams) {
        FormParams extras;
        synchronized (this) {
            extras = pending.isEmpty() ? extraParams : pending.addAll(extraParams);
            pending = FormParams.empty();
        }
        return delegate.fetch(url, method, extras);
    }
}
