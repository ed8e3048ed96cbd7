package dev.switchboard.server.calls;

import dev.switchboard.core.geo.GeoLookup;
import dev.switchboard.core.webhook.CallContext;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.VoiceRequestParams;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One call's status callbacks (spec §6): {@code initiated}, {@code ringing}, {@code answered},
 * {@code completed}, each only when asked for. Parameters are built when the event happens (with
 * its {@code Timestamp} and {@code SequenceNumber}); sending happens on one background thread per
 * call, in order, so {@code completed} is always last and a slow or failing callback never blocks
 * or breaks the call. {@link #close} lets queued callbacks finish.
 */
final class StatusCallbacks implements AutoCloseable {
    private final VoiceTarget target;
    private final WebhookClient client;
    private final GeoLookup geo;
    private final String authToken;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("status-callback").factory());
    private int sequence;

    /** {@code client} should be the call's recording client, so callbacks land in its timeline. */
    StatusCallbacks(VoiceTarget target, WebhookClient client, GeoLookup geo, String authToken) {
        this.target = target;
        this.client = client;
        this.geo = geo;
        this.authToken = authToken;
    }

    /** Reports {@code event} ({@code initiated|ringing|answered|completed}) if the target asked for it. */
    synchronized void report(String event, CallContext call, Instant at, Optional<Integer> durationSeconds,
            FormParams extra) {
        if (!target.wants(event)) return;
        FormParams params = VoiceRequestParams.statusCallback(call, geo, at, sequence++, durationSeconds).addAll(extra);
        WebhookRequest request = WebhookRequest.statusCallback(target.statusCallback().orElseThrow(),
                WebhookMethod.valueOf(target.statusCallbackMethod().name()), params, authToken);
        sender.execute(() -> client.fetch(request));
    }

    @Override
    public void close() {
        sender.shutdown();
    }
}
