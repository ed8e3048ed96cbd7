package dev.switchboard.server.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body up to a cap, then stops reading (cancelling the subscription closes the
 * connection), so a huge or endless answer costs at most the cap in memory. Every chunk received
 * stamps {@link #lastActivity()}, which the waiting thread uses for the between-packets read timeout.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
    /** What was read; {@code truncated} when the server sent more than the cap. */
    record Bytes(byte[] data, boolean truncated) {}

    private final int cap;
    private final AtomicLong lastActivity;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int cap, AtomicLong lastActivity) {
        this.cap = cap;
        this.lastActivity = lastActivity;
    }

    /** A handler whose bodies stamp {@code lastActivity} (System.nanoTime) when headers and chunks arrive. */
    static HttpResponse.BodyHandler<Bytes> handler(int cap, AtomicLong lastActivity) {
        return info -> {
            lastActivity.set(System.nanoTime());
            return new CappedBody(cap, lastActivity);
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastActivity.set(System.nanoTime());
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = cap - out.size();
            if (item.remaining() > room) {
                byte[] part = new byte[room];
                item.get(part);
                out.write(part, 0, part.length);
                result.complete(new Bytes(out.toByteArray(), true));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
