package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiRoute;
import java.time.Clock;
import java.util.List;

/**
 * The route table of Twilio's Elastic SIP Trunking API ({@code trunking.twilio.com/v1}) as Switchboard serves it,
 * under {@link #PREFIX} on the same listener and with the same Basic auth as {@code /2010-04-01}. Paths are relative
 * to the prefix and name no account: every resource belongs to the authenticated account.
 */
public final class TrunkingRoutes {
    /** Where the v1 routes live on the platform's HTTP listener. */
    public static final String PREFIX = "/v1";

    private TrunkingRoutes() {}

    /**
     * @param publicUrl  the platform's public base URL (no trailing slash), for the absolute {@code url}s
     * @param pstnSuffix what every trunk's termination domain ends with ({@code .pstn.<sip-host>})
     */
    public static List<ApiRoute> all(Stores s, Clock clock, String publicUrl, String pstnSuffix) {
        SipStores sip = s.sip();
        V1Json v1 = new V1Json(publicUrl);
        TrunkJson json = new TrunkJson(v1, sip.trunkLists());
        TrunkForm form = new TrunkForm(sip.trunks(), pstnSuffix);
        final String tk = "/Trunks/{TrunkSid}";
        return List.of(
                ApiRoute.of("POST", "/Trunks", new CreateTrunkHandler(sip.trunks(), form, json, clock)),
                ApiRoute.of("GET", "/Trunks", new ListTrunkHandler(sip.trunks(), json, v1)),
                ApiRoute.of("GET", "/Trunks/{Sid}", new FetchTrunkHandler(sip.trunks(), json)),
                ApiRoute.of("POST", "/Trunks/{Sid}", new UpdateTrunkHandler(sip.trunks(), form, json, clock)),
                ApiRoute.of("DELETE", "/Trunks/{Sid}", new DeleteTrunkHandler(sip, s.phoneNumbers(), clock)),

                ApiRoute.of("POST", tk + "/OriginationUrls", new CreateOriginationUrlHandler(sip, json, clock)),
                ApiRoute.of("GET", tk + "/OriginationUrls", new ListOriginationUrlHandler(sip, json, v1)),
                ApiRoute.of("GET", tk + "/OriginationUrls/{Sid}", new FetchOriginationUrlHandler(sip, json)),
                ApiRoute.of("POST", tk + "/OriginationUrls/{Sid}", new UpdateOriginationUrlHandler(sip, json, clock)),
                ApiRoute.of("DELETE", tk + "/OriginationUrls/{Sid}", new DeleteOriginationUrlHandler(sip)),

                ApiRoute.of("POST", tk + "/PhoneNumbers", new CreatePhoneNumberHandler(sip.trunks(), s.phoneNumbers(), json, clock)),
                ApiRoute.of("GET", tk + "/PhoneNumbers", new ListPhoneNumberHandler(sip.trunks(), s.phoneNumbers(), json, v1)),
                ApiRoute.of("GET", tk + "/PhoneNumbers/{Sid}", new FetchPhoneNumberHandler(s.phoneNumbers(), json)),
                ApiRoute.of("DELETE", tk + "/PhoneNumbers/{Sid}", new DeletePhoneNumberHandler(s.phoneNumbers(), clock)),

                ApiRoute.of("POST", tk + "/CredentialLists", new CreateCredentialListHandler(sip, json, clock)),
                ApiRoute.of("GET", tk + "/CredentialLists", new ListCredentialListHandler(sip, json, v1)),
                ApiRoute.of("GET", tk + "/CredentialLists/{Sid}", new FetchCredentialListHandler(sip, json)),
                ApiRoute.of("DELETE", tk + "/CredentialLists/{Sid}", new DeleteCredentialListHandler(sip)),

                ApiRoute.of("POST", tk + "/IpAccessControlLists", new CreateIpAccessControlListHandler(sip, json, clock)),
                ApiRoute.of("GET", tk + "/IpAccessControlLists", new ListIpAccessControlListHandler(sip, json, v1)),
                ApiRoute.of("GET", tk + "/IpAccessControlLists/{Sid}", new FetchIpAccessControlListHandler(sip, json)),
                ApiRoute.of("DELETE", tk + "/IpAccessControlLists/{Sid}", new DeleteIpAccessControlListHandler(sip)),

                ApiRoute.of("GET", tk + "/Recording", new FetchRecordingHandler(sip.trunks())),
                ApiRoute.of("POST", tk + "/Recording", new UpdateRecordingHandler(sip.trunks(), clock)));
    }
}
