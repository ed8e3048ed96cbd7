package dev.switchboard.core.interpreter;

import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;

/**
 * Port: fetches the TwiML a URL answers. The adapter composes the HTTP webhook client, the
 * standard Twilio request parameters (spec §1.1), the signature, the fallback URL and parsing; the
 * interpreter only sees a document or a final failure. Blocks for the whole exchange.
 */
public interface DocumentSource {

    /**
     * Requests {@code url} with {@code method}, adding {@code extraParams} (verb results such as
     * {@code Digits}, {@code DialCallStatus}, {@code RecordingUrl}) after the standard parameters;
     * an extra parameter overrides a standard one of the same name (e.g. {@code CallStatus=completed}
     * on the action request made after the caller hung up). {@code url} is absolute.
     */
    Fetched fetch(String url, HttpMethod method, FormParams extraParams);
}
