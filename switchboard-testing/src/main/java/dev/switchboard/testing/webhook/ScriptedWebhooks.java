package dev.switchboard.testing.webhook;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * An in-memory {@link WebhookClient} for fast tests: enqueue the result each URL gives, run the code
 * under test, then take the requests it made, in order. No sockets, no time passes.
 *
 * <p>URLs are matched exactly, without their {@code #…} fragment (for a GET, the URL as configured,
 * before the parameters are appended). Each URL's queue is used in order, then the URL's default
 * ({@link #setDefault}); with neither, the fetch fails like an app answering 404 (11200). Every
 * fetch is recorded, whatever it returns. Thread-safe.
 */
public final class ScriptedWebhooks implements WebhookClient {
    private final Map<String, Queue<WebhookResult>> queues = new HashMap<>();
    private final Map<String, WebhookResult> defaults = new HashMap<>();
    private final RequestQueue<WebhookRequest> requests = new RequestQueue<>("webhook", String::valueOf);

    /** Adds {@code result} to the end of {@code url}'s queue. */
    public synchronized ScriptedWebhooks enqueue(String url, WebhookResult result) {
        queues.computeIfAbsent(key(url), k -> new ArrayDeque<>()).add(result);
        return this;
    }

    /** {@link #enqueue} a 200 {@code text/xml} answer. */
    public ScriptedWebhooks enqueueTwiml(String url, String twiml) {
        return enqueue(url, WebhookResponse.twiml(twiml));
    }

    /** {@link #enqueue} a failure with {@code error}'s code, e.g. 11200 for an app that is down. */
    public ScriptedWebhooks enqueueFailure(String url, TwilioError error, String detail) {
        return enqueue(url, WebhookFailure.of(error, detail, Duration.ZERO));
    }

    /** What {@code url} gives whenever its queue is empty. */
    public synchronized ScriptedWebhooks setDefault(String url, WebhookResult result) {
        defaults.put(key(url), result);
        return this;
    }

    /** Records the request and answers the next scripted result for its URL; never blocks. */
    @Override
    public synchronized WebhookResult fetch(WebhookRequest request) {
        requests.add(request);
        String url = key(request.url());
        Queue<WebhookResult> queue = queues.get(url);
        WebhookResult scripted = queue == null ? null : queue.poll();
        if (scripted != null) {
            return scripted;
        }
        return defaults.getOrDefault(url, WebhookFailure.of(TwilioError.HTTP_RETRIEVAL_FAILURE,
                "nothing scripted for " + url + " (ScriptedWebhooks)", 404, "", Duration.ZERO));
    }

    /** The oldest request not yet taken; fails the test if there is none. Never blocks. */
    public WebhookRequest takeRequest() {
        return requests.poll().orElseThrow(() -> new AssertionError("no webhook was requested"));
    }

    /** The oldest request not yet taken, waiting up to {@code timeout} for one (for code on other threads). */
    public WebhookRequest takeRequest(Duration timeout) {
        return requests.take(timeout);
    }

    /** The oldest request not yet taken, if one arrives within {@code timeout}. */
    public Optional<WebhookRequest> pollRequest(Duration timeout) {
        return requests.poll(timeout);
    }

    /** Fails the test if a request was made and not taken. */
    public void assertNoMoreRequests() {
        requests.assertEmpty();
    }

    /** Requests made and not yet taken. */
    public int pendingRequests() {
        return requests.size();
    }

    private static String key(String url) {
        return ConnectionOverrides.stripFragment(url);
    }
}
