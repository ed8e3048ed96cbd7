package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json}: {@code Username}
 * and {@code Password} required. The password is kept only as its digest hashes for {@code realm}.
 */
public final class CreateSipCredentialHandler implements ApiHandler {
    private final SipStores sip;
    private final Clock clock;
    private final String realm;

    public CreateSipCredentialHandler(SipStores sip, Clock clock, String realm) {
        this.sip = sip;
        this.clock = clock;
        this.realm = realm;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String listSid = req.pathParam("CredentialListSid");
        sip.credentialLists().find(req.accountSid(), listSid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        String username = CredentialForm.username(req);
        String password = CredentialForm.password(req);
        SipLimits.check(sip.credentials().count(req.accountSid(), listSid), SipLimits.CREDENTIALS_PER_LIST,
                TwilioError.SIP_CREDENTIAL_LIMIT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SipCredential credential = new SipCredential(Sids.next(SidPrefix.SIP_CREDENTIAL), req.accountSid(), listSid,
                username, DigestHashes.of(username, realm, password), now, now);
        try {
            sip.credentials().create(credential);
        } catch (DuplicateKeyException e) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_INVALID,
                    "Username '" + username + "' already exists in this credential list");
        }
        return ApiResponse.created(SipJson.of(credential));
    }
}
