package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/**
 * {@code DELETE /Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json}: the list and its credentials go. A list
 * still mapped to a domain (for calls or registrations) is refused with 21241, Twilio's "Credential list
 * dependencies violation". The
 * list row goes first, so a failure part-way leaves only unreachable credentials, never a list missing some.
 */
public final class DeleteSipCredentialListHandler implements ApiHandler {
    private final SipStores sip;

    public DeleteSipCredentialListHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String sid = req.pathParam("Sid");
        if (sip.credentialLists().find(req.accountSid(), sid).isPresent() && sip.mappings().isMapped(req.accountSid(), sid)) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_LIST_IN_USE,
                    sid + " is mapped to a SIP domain; delete its mappings first");
        }
        if (sip.credentialLists().find(req.accountSid(), sid).isPresent() && sip.trunkLists().isMapped(req.accountSid(), sid)) {
            throw new TwilioException(TwilioError.SIP_CREDENTIAL_LIST_IN_USE,
                    sid + " is associated with a SIP trunk; remove it from the trunk first");
        }
        if (!sip.credentialLists().delete(req.accountSid(), sid)) throw ApiDispatcher.notFound(req.path());
        sip.credentials().deleteAll(req.accountSid(), sid);
        return ApiResponse.noContent();
    }
}
