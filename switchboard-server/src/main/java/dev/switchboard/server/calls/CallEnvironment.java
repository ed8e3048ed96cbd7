package dev.switchboard.server.calls;

import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.geo.GeoLookup;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.webhook.WebhookClient;

/** What every call runs against: stores, the webhook client, the phone network, the clock, the live conferences. */
public record CallEnvironment(
        Stores stores,
        WebhookClient webhooks,
        GeoLookup geo,
        PhoneNetwork network,
        CallClock clock,
        LiveCalls live,
        CallTimeline timeline,
        java.util.function.Supplier<String> publicUrl,
        UsagePricing pricing,
        dev.switchboard.server.conferences.ConferenceRooms conferences) {
}
