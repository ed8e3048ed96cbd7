package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRequest;

/** The trunk a subresource path names ({@code {TrunkSid}}), of the caller's account; else 404/20404. */
final class TrunkLookup {
    private TrunkLookup() {}

    static Trunk trunk(TrunkStore trunks, ApiRequest req) {
        return trunks.find(req.accountSid(), req.pathParam("TrunkSid")).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
