package dev.switchboard.server.api.keys;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/Keys/{Sid}.json}: renames a key. */
public final class UpdateKeyHandler implements ApiHandler {
    private final ApiKeyStore keys;
    private final Clock clock;

    public UpdateKeyHandler(ApiKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        ApiKey key = keys.find(req.accountSid(), req.pathParam("Sid")).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        var name = FormFields.friendlyName(req);
        if (name.isPresent()) {
            key = key.withFriendlyName(name.get(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
            keys.update(key);
        }
        return ApiResponse.ok(KeyJson.of(key));
    }
}
