package dev.switchboard.server.api.keys;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/Keys.json}: a new API key; its secret is shown only here. */
public final class CreateKeyHandler implements ApiHandler {
    private final ApiKeyStore keys;
    private final Clock clock;

    public CreateKeyHandler(ApiKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String name = FormFields.friendlyName(req).orElse("");
        ApiKey key = new ApiKey(Sids.next(SidPrefix.API_KEY), req.accountSid(), name, Sids.secret(), now, now);
        keys.create(key);
        return ApiResponse.created(KeyJson.withSecret(key));
    }
}
