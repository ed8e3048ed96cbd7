package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipDomainMapping;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The four operations every mapping resource has, parameterised by its {@link MappingRoute}; each Twilio
 * operation id has its own small subclass ({@code CreateSipAuthCallsCredentialListMappingHandler}, …) so the
 * route table and grep name it. A mapping's {@code sid} is the mapped list's SID and its {@code friendly_name}
 * the list's.
 */
final class Mappings {
    private Mappings() {}

    /** {@code POST …/Domains/{DomainSid}/<mappings>.json} with {@code CredentialListSid} or {@code IpAccessControlListSid}. */
    abstract static class Create implements ApiHandler {
        private final SipStores sip;
        private final Clock clock;
        private final MappingRoute route;

        Create(SipStores sip, Clock clock, MappingRoute route) {
            this.sip = sip;
            this.clock = clock;
            this.route = route;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            SipDomain domain = domain(sip, req);
            String listSid = FormFields.required(req, route.sidParameter());
            String name = listName(sip, req.accountSid(), route, listSid).orElseThrow(() -> new TwilioException(
                    TwilioError.NOT_FOUND, SipPaths.sip(req.accountSid()) + "/" + route.noun() + "s/" + listSid + ".json"));
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            SipDomainMapping m = new SipDomainMapping(req.accountSid(), domain.sid(), route.kind, listSid, now, now);
            try {
                sip.mappings().create(m);
            } catch (DuplicateKeyException e) {
                throw new TwilioException(TwilioError.SIP_MAPPING_EXISTS, route.noun());
            }
            return ApiResponse.created(json(route, m, name));
        }
    }

    /** {@code GET …/Domains/{DomainSid}/<mappings>.json}, oldest first. */
    abstract static class List implements ApiHandler {
        private final SipStores sip;
        private final MappingRoute route;

        List(SipStores sip, MappingRoute route) {
            this.sip = sip;
            this.route = route;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            SipDomain domain = domain(sip, req);
            PageRequest pr = Paging.request(req);
            return ApiResponse.ok(Paging.envelope(route.listKey,
                    sip.mappings().list(req.accountSid(), domain.sid(), route.kind, pr), pr,
                    SipPaths.underDomain(req.accountSid(), domain.sid(), route.path + ".json"), Paging.filters(req),
                    m -> json(route, m, listName(sip, m.accountSid(), route, m.listSid()).orElse(null)),
                    SipDomainMapping::listSid));
        }
    }

    /** {@code GET …/Domains/{DomainSid}/<mappings>/{Sid}.json}. */
    abstract static class Fetch implements ApiHandler {
        private final SipStores sip;
        private final MappingRoute route;

        Fetch(SipStores sip, MappingRoute route) {
            this.sip = sip;
            this.route = route;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            SipDomain domain = domain(sip, req);
            return sip.mappings().find(req.accountSid(), domain.sid(), route.kind, req.pathParam("Sid"))
                    .map(m -> ApiResponse.ok(json(route, m, listName(sip, m.accountSid(), route, m.listSid()).orElse(null))))
                    .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        }
    }

    /** {@code DELETE …/Domains/{DomainSid}/<mappings>/{Sid}.json}: the list stays, only the mapping goes. */
    abstract static class Delete implements ApiHandler {
        private final SipStores sip;
        private final MappingRoute route;

        Delete(SipStores sip, MappingRoute route) {
            this.sip = sip;
            this.route = route;
        }

        @Override
        public ApiResponse handle(ApiRequest req) {
            SipDomain domain = domain(sip, req);
            if (!sip.mappings().delete(req.accountSid(), domain.sid(), route.kind, req.pathParam("Sid"))) {
                throw ApiDispatcher.notFound(req.path());
            }
            return ApiResponse.noContent();
        }
    }

    private static SipDomain domain(SipStores sip, ApiRequest req) {
        return sip.domains().find(req.accountSid(), req.pathParam("DomainSid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }

    private static Optional<String> listName(SipStores sip, String accountSid, MappingRoute route, String listSid) {
        if (route.kind.isCredentialList()) {
            if (!Sids.isValid(listSid, SidPrefix.SIP_CREDENTIAL_LIST)) return Optional.empty();
            return sip.credentialLists().find(accountSid, listSid).map(l -> l.friendlyName());
        }
        if (!Sids.isValid(listSid, SidPrefix.SIP_IP_ACCESS_CONTROL_LIST)) return Optional.empty();
        return sip.ipAccessControlLists().find(accountSid, listSid).map(l -> l.friendlyName());
    }

    static Map<String, Object> json(MappingRoute route, SipDomainMapping m, String friendlyName) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("account_sid", m.accountSid());
        j.put("date_created", dev.switchboard.server.api.ApiJson.date(m.dateCreated()));
        j.put("date_updated", dev.switchboard.server.api.ApiJson.date(m.dateUpdated()));
        if (route.legacy) j.put("domain_sid", m.domainSid());
        j.put("friendly_name", friendlyName);
        j.put("sid", m.listSid());
        if (route.legacy) {
            j.put("uri", SipPaths.underDomain(m.accountSid(), m.domainSid(), route.path + "/" + m.listSid() + ".json"));
        }
        return j;
    }
}
