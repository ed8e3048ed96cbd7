package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.store.SipCredentialStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST …/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json}: {@code Password} only (the
 * username cannot change, as on Twilio). Without a {@code Password} nothing but {@code date_updated} changes.
 */
public final class UpdateSipCredentialHandler implements ApiHandler {
    private final SipCredentialStore credentials;
    private final Clock clock;
    private final String realm;

    public UpdateSipCredentialHandler(SipCredentialStore credentials, Clock clock, String realm) {
        this.credentials = credentials;
        this.clock = clock;
        this.realm = realm;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        SipCredential current = credentials.find(req.accountSid(), req.pathParam("CredentialListSid"), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        DigestHashes hashes = req.has("Password")
                ? DigestHashes.of(current.username(), realm, CredentialForm.password(req))
                : current.hashes();
        SipCredential updated = new SipCredential(current.sid(), current.accountSid(), current.credentialListSid(),
                current.username(), hashes, current.dateCreated(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!credentials.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(SipJson.of(updated));
    }
}
