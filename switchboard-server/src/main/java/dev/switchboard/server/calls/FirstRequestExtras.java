package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.DocumentSource;
import dev.switchboard.core.interpreter.Fetched;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;

/**
 * Adds call-level parameters to a call's TwiML requests: {@code always} on every one (an inbound
 * call's {@code SipHeader_X-…}), {@code firstOnly} on the first (the legacy contract's
 * {@code DialStatus}). A verb's own results still win over both.
 */
final class FirstRequestExtras implements DocumentSource {
    private final DocumentSource delegate;
    private final FormParams always;
    private FormParams pending;

    FirstRequestExtras(DocumentSource delegate, FormParams firstOnly, FormParams always) {
        this.delegate = delegate;
        this.pending = firstOnly;
        this.always = always;
    }

    @Override
    public Fetched fetch(String url, HttpMethod method, FormParams extraParams) {
        FormParams first;
        synchronized (this) {
            first = pending;
            pending = FormParams.empty();
        }
        FormParams.Builder b = FormParams.builder();
        for (var p : always.addAll(first).entries()) if (!extraParams.contains(p.name())) b.add(p.name(), p.value());
        return delegate.fetch(url, method, b.addAll(extraParams).build());
    }
}
