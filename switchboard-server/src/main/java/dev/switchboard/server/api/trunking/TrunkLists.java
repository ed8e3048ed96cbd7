package dev.switchboard.server.api.trunking;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The four operations of {@code /v1/Trunks/{TrunkSid}/CredentialLists} and {@code …/IpAccessControlLists},
 * parameterised by {@link Kind}; each Twilio operation id has its own small subclass. An entry's {@code sid} is the
 * list's SID and its {@code friendly_name} the list's current name. A list SID that is not a list of that kind in
 * the account answers 404/20404 naming it; associating it twice answers 21200.
 */
final class TrunkLists {
    private TrunkLists() {}

    /** Which subresource: its list kind, path, list key, create parameter and the prefix of the SIDs it takes. */
    enum Kind {
        CREDENTIAL_LIST(TrunkListKind.CREDENTIAL_LIST, "CredentialLists", "credential_lists", "CredentialListSid",
                SidPrefix.SIP_CREDENTIAL_LIST),
        IP_ACCESS_CONTROL_LIST(TrunkListKind.IP_ACCESS_CONTROL_LIST, "IpAccessControlLists", "ip_access_control_lists",
                "IpAccessControlListSid", SidPrefix.SIP_IP_ACCESS_CONTROL_LIST);

        final TrunkListKind kind;
        final String path;
        final String listKey;
        final String parameter;
        final SidPrefix prefix;

        Kind(TrunkListKind kind, String path, String listKey, String parameter, SidPrefix prefix) {
            this.kind = kind;
            this.path = path;
            this.listKey = listKey;
            this.parameter = parameter;
            this.prefix = prefix;
        }
    }

    /** The list's current friendly name, when {@code listSid} is a list of this kind in the account. */
    static Optional<String> listName(SipStores sip, Kind kind, String accountSid, String listSid) {
        if (!Sids.isValid(listSid, kind.prefix)) return Optional.empty();
        return kind == Kind.CREDENTIAL_LIST
                ? sip.credentialLists().find(accountSid, listSid).map(l -> l.friendlyName())
                : sip.ipAccessControlLists().find(accountSid, listSid).map(l -> l.friendlyName());
    }

    abstract static class Create implements ApiHandler {
        private final SipStores sip;
        private final TrunkJson json;
        private final Clock clock;
        private final Kind kind;

        Create(SipStores sip, TrunkJson json, Clock clock, Kind kind) {
            this.sip = sip;
            this.json = json;
            this.clock = clock;
            this.kind = kind;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            Trunk trunk = TrunkLookup.trunk(sip.trunks(), req);
            String listSid = FormFields.required(req, kind.parameter);
            String name = listName(sip, kind, req.accountSid(), listSid).orElseThrow(() -> new TwilioException(
                    TwilioError.NOT_FOUND, "/2010-04-01/Accounts/" + req.accountSid() + "/SIP/" + kind.path + "/" + listSid + ".json"));
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            TrunkListMapping m = new TrunkListMapping(trunk.accountSid(), trunk.sid(), kind.kind, listSid, now, now);
            try {
                sip.trunkLists().create(m);
            } catch (DuplicateKeyException e) {
                throw new TwilioException(TwilioError.TRUNK_LIST_EXISTS, listSid);
            }
            return ApiResponse.created(json.list(m, name, kind.path));
        }
    }

    abstract static class List implements ApiHandler {
        private final SipStores sip;
        private final TrunkJson json;
        private final V1Json v1;
        private final Kind kind;

        List(SipStores sip, TrunkJson json, V1Json v1, Kind kind) {
            this.sip = sip;
            this.json = json;
            this.v1 = v1;
            this.kind = kind;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            Trunk trunk = TrunkLookup.trunk(sip.trunks(), req);
            PageRequest pr = Paging.request(req);
            return ApiResponse.ok(V1Paging.envelope(kind.listKey,
                    sip.trunkLists().list(trunk.accountSid(), trunk.sid(), kind.kind, pr), pr,
                    v1.underTrunk(trunk.sid(), kind.path),
                    m -> json.list(m, listName(sip, kind, m.accountSid(), m.listSid()).orElse(null), kind.path),
                    TrunkListMapping::listSid));
        }
    }

    abstract static class Fetch implements ApiHandler {
        private final SipStores sip;
        private final TrunkJson json;
        private final Kind kind;

        Fetch(SipStores sip, TrunkJson json, Kind kind) {
            this.sip = sip;
            this.json = json;
            this.kind = kind;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            return sip.trunkLists().find(req.accountSid(), req.pathParam("TrunkSid"), kind.kind, req.pathParam("Sid"))
                    .map(m -> ApiResponse.ok(json.list(m, listName(sip, kind, m.accountSid(), m.listSid()).orElse(null),
                            kind.path)))
                    .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        }
    }

    /** Removes the association only; the list stays. */
    abstract static class Delete implements ApiHandler {
        private final SipStores sip;
        private final Kind kind;

        Delete(SipStores sip, Kind kind) {
            this.sip = sip;
            this.kind = kind;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            if (!sip.trunkLists().delete(req.accountSid(), req.pathParam("TrunkSid"), kind.kind, req.pathParam("Sid"))) {
                throw ApiDispatcher.notFound(req.path());
            }
            return ApiResponse.noContent();
        }
    }
}
