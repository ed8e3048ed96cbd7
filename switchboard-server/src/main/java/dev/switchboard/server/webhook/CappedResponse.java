package dev.switchboard.server.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Collects one response up to a body cap, then stops reading (aborting the response closes the
 * connection), so a huge or endless answer costs at most the cap in memory. The status line, the
 * headers and every body chunk stamp {@link #lastActivity()} ({@code System.nanoTime}), which the
 * waiting thread uses for the read timeout. Completes {@link #result()} with the answer, or
 * exceptionally with the transport's failure. Runs on the HTTP client's I/O threads; never blocks.
 */
final class CappedResponse implements Response.Listener {
    private final int cap;
    private final CompletableFuture<Attempt.Answered> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private volatile long lastActivity;
    private volatile boolean begun;
    private volatile boolean headersArrived;

    /** @param startNanos the exchange's start: the read timeout counts from here until the headers arrive */
    CappedResponse(int cap, long startNanos) {
        this.cap = cap;
        this.lastActivity = startNanos;
    }

    CompletableFuture<Attempt.Answered> result() {
        return result;
    }

    /** When the last byte arrived (the exchange's start until the status line does). */
    long lastActivity() {
        return lastActivity;
    }

    /** Whether any byte of the response arrived (its status line). */
    boolean begun() {
        return begun;
    }

    /** Whether the response's headers have arrived. */
    boolean headersArrived() {
        return headersArrived;
    }

    @Override
    public void onBegin(Response response) {
        begun = true;
        lastActivity = System.nanoTime();
    }

    @Override
    public void onHeaders(Response response) {
        headersArrived = true;
        lastActivity = System.nanoTime();
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
        lastActivity = System.nanoTime();
        if (result.isDone()) {
            return;
        }
        int room = cap - body.size();
        if (content.remaining() > room) {
            copy(content, room);
            result.complete(answered(response, true));
            response.abort(new IllegalStateException("body over " + cap + " bytes: not read further"));
            return;
        }
        copy(content, content.remaining());
    }

    @Override
    public void onComplete(Result outcome) {
        if (result.isDone()) {
            return;
        }
        if (outcome.isFailed()) {
            result.completeExceptionally(outcome.getFailure());
        } else {
            result.complete(answered(outcome.getResponse(), false));
        }
    }

    private void copy(ByteBuffer content, int length) {
        if (content.hasArray()) {
            body.write(content.array(), content.arrayOffset() + content.position(), length);
            content.position(content.position() + length);
        } else {
            byte[] chunk = new byte[length];
            content.get(chunk);
            body.write(chunk, 0, length);
        }
    }

    private Attempt.Answered answered(Response response, boolean truncated) {
        String contentType = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return new Attempt.Answered(response.getStatus(), contentType == null ? "" : contentType,
                Optional.ofNullable(response.getHeaders().get(HttpHeader.LOCATION)), body.toByteArray(), truncated);
    }
}
