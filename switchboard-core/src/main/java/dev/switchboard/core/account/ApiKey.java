package dev.switchboard.core.account;

import java.time.Instant;

/**
 * An API key (SK…). The secret is kept because it both authenticates REST calls and signs access
 * tokens (HS256 needs the shared secret); the REST API shows it only in the create response.
 */
public record ApiKey(
        String sid,
        String accountSid,
        String friendlyName,
        String secret,
        Instant dateCreated,
        Instant dateUpdated) {

    public ApiKey withFriendlyName(String name, Instant now) {
        return new ApiKey(sid, accountSid, name, secret, dateCreated, now);
    }
}
