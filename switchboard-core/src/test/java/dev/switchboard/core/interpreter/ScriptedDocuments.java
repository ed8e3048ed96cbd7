package dev.switchboard.core.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.twiml.TwimlParseException;
import dev.switchboard.core.twiml.TwimlParser;
import dev.switchboard.core.webhook.FormParams;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A fake customer web app in the MockWebServer style: enqueue the TwiML each URL answers (each
 * response is served once), run the call, then {@link #takeRequest()} in order.
 */
final class ScriptedDocuments implements DocumentSource {
    record Request(String url, HttpMethod method, FormParams params) {
    }

    private final Map<String, Deque<Fetched>> responses = new HashMap<>();
    private final Deque<Request> requests = new ArrayDeque<>();

    ScriptedDocuments enqueue(String url, String twiml) {
        Fetched f;
        try {
            f = new Fetched.Document(TwimlParser.parse(twiml), url);
        } catch (TwimlParseException e) {
            f = new Fetched.Failed(12100, e.getMessage());
        }
        return enqueue(url, f);
    }

    synchronized ScriptedDocuments enqueue(String url, Fetched response) {
        responses.computeIfAbsent(url, u -> new ArrayDeque<>()).addLast(response);
        return this;
    }

    @Override
    public synchronized Fetched fetch(String url, HttpMethod method, FormParams extraParams) {
        requests.addLast(new Request(url, method, extraParams));
        Deque<Fetched> queue = responses.get(url);
        if (queue == null || queue.isEmpty()) return new Fetched.Failed(11200, "no response scripted for " + url);
        return queue.removeFirst();
    }

    synchronized Request takeRequest() {
        assertThat(requests).as("requests").isNotEmpty();
        return requests.removeFirst();
    }

    synchronized void assertNoMoreRequests() {
        assertThat(requests).as("unexpected requests").isEmpty();
    }
}
