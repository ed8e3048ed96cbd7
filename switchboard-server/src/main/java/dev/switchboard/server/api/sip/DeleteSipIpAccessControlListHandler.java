package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/**
 * {@code DELETE /Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json}: the list and its addresses go. A list still
 * mapped to a domain is refused with 21236, Twilio's "IP access control list dependencies violation". The
 * list row goes first, so a failure part-way leaves only unreachable addresses, never a list missing some entries.
 */
public final class DeleteSipIpAccessControlListHandler implements ApiHandler {
    private final SipStores sip;

    public DeleteSipIpAccessControlListHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String sid = req.pathParam("Sid");
        if (sip.ipAccessControlLists().find(req.accountSid(), sid).isPresent() && sip.mappings().isMapped(req.accountSid(), sid)) {
            throw new TwilioException(TwilioError.SIP_IP_ACCESS_CONTROL_LIST_IN_USE,
                    sid + " is mapped to a SIP domain; delete its mappings first");
        }
        if (sip.ipAccessControlLists().find(req.accountSid(), sid).isPresent() && sip.trunkLists().isMapped(req.accountSid(), sid)) {
            throw new TwilioException(TwilioError.SIP_IP_ACCESS_CONTROL_LIST_IN_USE,
                    sid + " is associated with a SIP trunk; remove it from the trunk first");
        }
        if (!sip.ipAccessControlLists().delete(req.accountSid(), sid)) throw ApiDispatcher.notFound(req.path());
        sip.ipAddresses().deleteAll(req.accountSid(), sid);
        return ApiResponse.noContent();
    }
}
