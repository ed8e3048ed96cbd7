package dev.switchboard.server.recordings;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.webhook.RecordingStatusParams;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends a recording's status callbacks ({@code in-progress}, {@code completed}, {@code absent}) when the
 * recording asked for that event, signed with its account's auth token. Each recording's callbacks
 * leave in order on virtual threads; a slow or failing receiver never blocks the caller (the webhook
 * client answers failures with a code instead of throwing). Thread-safe.
 */
public final class RecordingCallbacks implements AutoCloseable {
    private final WebhookClient client;
    private final AccountStore accounts;
    private final Supplier<String> publicUrl;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public RecordingCallbacks(WebhookClient client, AccountStore accounts, Supplier<String> publicUrl) {
        this.client = client;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    /** Queues the callback for {@code r}'s current status if it asked for it; returns at once. */
    public void report(Recording r) {
        String event = r.status().wire();
        if (!r.wantsCallback(event)) return;
        String token = accounts.find(r.accountSid()).map(a -> a.authToken()).orElse(null);
        if (token == null) return; // the account is gone: nobody to sign for
        WebhookRequest request = WebhookRequest.statusCallback(r.callbackUrl(), WebhookMethod.valueOf(r.callbackMethod()),
                RecordingStatusParams.of(r, publicUrl.get()), token);
        tails.compute(r.sid(), (sid, tail) -> {
            CompletableFuture<Void> next = (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                    .thenRunAsync(() -> client.fetch(request), threads);
            next.whenComplete((v, e) -> tails.remove(sid, next));
            return next;
        });
    }

    /** Lets queued callbacks finish for up to five seconds. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
