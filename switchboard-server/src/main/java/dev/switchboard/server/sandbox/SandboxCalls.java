package dev.switchboard.server.sandbox;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRequest;

/** Finds a call the caller may act on: its own account's, or a subaccount's; else 20404. */
final class SandboxCalls {
    private final Stores stores;

    SandboxCalls(Stores stores) { this.stores = stores; }

    Call find(ApiRequest req) {
        String sid = req.pathParam("CallSid");
        return stores.calls().findBySid(sid)
                .filter(c -> c.accountSid().equals(req.caller().sid())
                        || stores.accounts().find(c.accountSid()).map(a -> a.ownerAccountSid().equals(req.caller().sid())).orElse(false))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
