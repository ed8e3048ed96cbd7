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
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.WriteBarrier;

/**
 * One call's status callbacks (spec §6): {@code initiated}, {@code ringing}, {@code answered},
 * {@code completed}, each only when asked for. Parameters are built when the event happens (with
 * its {@code Timestamp} and {@code SequenceNumber}); sending happens on one background thread per
 * call, in order ({@link SerialSender}), so {@code completed} is always last and a slow or failing
 * callback never blocks or breaks the call. {@code completed} leaves only once the store's
 * {@link WriteBarrier} says the call's record and timeline are durable, so a customer who got it
 * finds them after any restart; the store keeps it owed until it has been sent, so a restart sends it
 * if this process could not ({@link CallCloseOut}). {@link #close} lets queued callbacks finish.
 */
final class StatusCallbacks implements AutoCloseable {
    private final VoiceTarget target;
    private final WebhookClient client;
    private final GeoLookup geo;
    private final String authToken;
    private final SerialSender sender;
    private final WriteBarrier durable;
    private final CallStore calls;
    private int sequence;

    /** {@code client} should be the call's recording client, so callbacks land in its timeline. */
    StatusCallbacks(VoiceTarget target, WebhookClient client, CallEnvironment env, String authToken) {
        this.target = target;
        this.client = client;
        this.geo = env.geo();
        this.authToken = authToken;
        this.sender = new SerialSender(env.live());
        this.durable = env.stores().barrier();
        this.calls = env.stores().calls();
    }

    /** Reports {@code event} ({@code initiated|ringing|answered|completed}) if the target asked for it. */
    synchronized void report(String event, CallContext call, Instant at, Optional<Integer> durationSeconds,
            FormParams extra) {
        if (!target.wants(event)) return;
        FormParams params = VoiceRequestParams.statusCallback(call, geo, at, sequence++, durationSeconds).addAll(extra);
        WebhookRequest request = WebhookRequest.statusCallback(target.statusCallback().orElseThrow(),
                WebhookMethod.valueOf(target.statusCallbackMethod().name()), params, authToken);
        boolean last = "completed".equals(event);
        sender.execute(() -> {
            if (last) durable.await();
            client.fetch(request);
            if (last) calls.finalCallbackSent(call.callSid());
        });
    }

    /** Nothing to release: queued callbacks are sent by the sender's own thread, which ends when they are. */
    @Override
    public void close() {
    }
}
