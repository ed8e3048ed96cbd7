package dev.switchboard.server.sip;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.context.ContextParams;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogId;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.IncomingInvite;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.config.SipConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The B2BUA's inbound half: an INVITE to {@code <name>.sip.<host>} is authenticated for its SIP domain
 * ({@link DomainGate}), answered 180 Ringing, and becomes an inbound call running the domain's voice URL with
 * Twilio's SIP parameters (spec §1.5–1.6): {@code From}/{@code To} as SIP URIs, {@code SipDomain},
 * {@code SipDomainSid}, {@code SipCallId}, {@code SipSourceIp}, {@code SipUsername} after digest, and every
 * {@code X-} header and {@code User-to-User} as {@code SipHeader_…}. The far end is a {@link SipLeg}; its BYE,
 * CANCEL and DTMF reach the call through the leg.
 *
 * <p>Refusals: unknown host 404; authentication 403/407 ({@link DomainGate}); no common codec 488; a domain
 * without a voice URL 480 ({@link TwilioError#SIP_DOMAIN_NO_VOICE_URL}); this node at {@code --max-live-calls} 503 with
 * {@code Retry-After}.
 */
public final class SipCalls implements SipApplication {
    private static final Logger LOG = LoggerFactory.getLogger(SipCalls.class);

    private final Stores stores;
    private final SipConfig config;
    private final Optional<PstnGateway> gateway;
    private final DomainGate gate;
    private final SipMedia media;
    private final Supplier<CallPlacer> placer;
    private final DialogLayer dialogs;
    private final Map<DialogId, SipRemoteEnd> legs = new ConcurrentHashMap<>();

    SipCalls(Stores stores, SipConfig config, Optional<PstnGateway> gateway, DomainGate gate, SipMedia media,
            Supplier<CallPlacer> placer, DialogLayer dialogs) {
        this.stores = stores;
        this.config = config;
        this.gateway = gateway;
        this.gate = gate;
        this.media = media;
        this.placer = placer;
        this.dialogs = dialogs;
    }

    /** Legs of calls in progress (tests, shutdown). */
    public int liveLegs() { return legs.size(); }

    @Override
    public void onInvite(IncomingInvite invite) {
        SipRequest request = invite.request();
        String host = request.requestUri().host().toLowerCase(Locale.ROOT);
        Optional<SipDomain> found = stores.sip().domains().findByDomainName(host);
        if (found.isPresent()) {
            domainCall(invite, found.get());
        } else if (host.endsWith(config.pstnSuffix())) {
            trunkTermination(invite, host);
        } else if (gateway.isPresent() && gateway.get().sentBy(invite.source())) {
            gatewayCall(invite);
        } else {
            invite.reject(404);
        }
    }

    /** An INVITE to a SIP domain: its voice URL with the SIP parameters. */
    private void domainCall(IncomingInvite invite, SipDomain domain) {
        SipRequest request = invite.request();
        String sourceIp = invite.source().ip();
        DomainGate.Decision decision = gate.check(domain, request, sourceIp, invite.toTag());
        if (decision instanceof DomainGate.Decision.Refused r) {
            LOG.debug("INVITE {} to {} refused: {}", request.callId(), domain.domainName(), r.why());
            invite.respond(r.response());
            return;
        }
        Optional<String> username = ((DomainGate.Decision.Admitted) decision).username();
        if (domain.voiceUrl() == null) {
            invite.respond(TwilioSipErrors.response(request, invite.toTag(), TwilioError.SIP_DOMAIN_NO_VOICE_URL,
                    domain.domainName()));
            return;
        }
        Optional<Account> account = activeAccount(invite, domain.accountSid());
        if (account.isEmpty()) return;
        String from = request.from().uri().withoutHeaders().toString();
        String to = request.requestUri().withoutHeaders().toString();
        start(invite, (callSid, leg) -> placer.get().sipInbound(callSid, account.get(), domain, from, to, leg::withInbox,
                params(domain, request, sourceIp, username)));
    }

    /**
     * An INVITE from a PBX to an Elastic SIP Trunk's termination domain ({@code <name>.pstn.<host>}), authorised by
     * the trunk's IP ACLs and credential lists: the Request-URI's number is called on the PSTN (the carrier gateway
     * or a simulated phone) with the caller's number as caller ID, bridged to the PBX.
     */
    private void trunkTermination(IncomingInvite invite, String host) {
        SipRequest request = invite.request();
        Optional<Trunk> trunk = stores.sip().trunks().findByDomainName(host);
        if (trunk.isEmpty()) {
            invite.reject(404);
            return;
        }
        Trunk t = trunk.get();
        List<String> acls = trunkLists(t, TrunkListKind.IP_ACCESS_CONTROL_LIST);
        List<String> credentialLists = trunkLists(t, TrunkListKind.CREDENTIAL_LIST);
        DomainGate.Decision decision = gate.check(t.accountSid(), acls, credentialLists, request, invite.source().ip(), invite.toTag());
        if (decision instanceof DomainGate.Decision.Refused r) {
            invite.respond(r.response());
            return;
        }
        Optional<String> to = e164(request.requestUri().user());
        if (to.isEmpty()) {
            invite.respond(Responses.to(request, 404, invite.toTag())
                    .with(TwilioSipErrors.HEADER, "32101 Invalid phone number: " + request.requestUri().user()));
            return;
        }
        Optional<Account> account = activeAccount(invite, t.accountSid());
        if (account.isEmpty()) return;
        String from = e164(request.from().uri().user()).orElse(request.from().uri().user());
        String callerId = from.startsWith("+") ? " callerId=\"" + from + "\"" : "";
        String twiml = "<Response><Dial answerOnBridge=\"true\"" + callerId + "><Number>" + to.get()
                + "</Number></Dial></Response>";
        start(invite, (callSid, leg) -> placer.get().trunkTerminating(callSid, account.get(), from, to.get(), twiml,
                leg::withInbox));
    }

    private List<String> trunkLists(Trunk t, TrunkListKind kind) {
        return stores.sip().trunkLists().list(t.accountSid(), t.sid(), kind, PageRequest.first(PageRequest.MAX_SIZE))
                .items().stream().map(TrunkListMapping::listSid).toList();
    }

    /** An INVITE from the carrier gateway to a number an account owns: that number's voice URL, as a PSTN call. */
    private void gatewayCall(IncomingInvite invite) {
        SipRequest request = invite.request();
        Optional<String> to = e164(request.requestUri().user());
        Optional<IncomingPhoneNumber> number = to.flatMap(n -> stores.phoneNumbers().findByPhoneNumber(n));
        if (number.isEmpty()) {
            invite.reject(404);
            return;
        }
        Optional<Account> account = activeAccount(invite, number.get().accountSid());
        if (account.isEmpty()) return;
        String from = e164(request.from().uri().user()).orElse(request.from().uri().user());
        start(invite, (callSid, leg) -> placer.get().inbound(from, to.get(), Optional.empty(), Optional.of(leg::withInbox),
                FormParams.empty()).orElseThrow(() -> new IllegalStateException("the number is no longer owned")));
    }

    /** {@code +14155551234}, or the same digits without {@code +} (carriers often drop it); else empty. */
    static Optional<String> e164(String user) {
        String u = user.startsWith("+") ? user : "+" + user;
        return u.matches("^\\+[1-9][0-9]{1,14}$") ? Optional.of(u) : Optional.empty();
    }

    private Optional<Account> activeAccount(IncomingInvite invite, String accountSid) {
        Optional<Account> account = stores.accounts().find(accountSid).filter(Account::isActive);
        if (account.isEmpty()) {
            invite.respond(Responses.to(invite.request(), 403, invite.toTag())
                    .with(TwilioSipErrors.HEADER, TwilioError.AUTHENTICATE.code() + " the account is not active"));
        }
        return account;
    }

    /** Starts the call a {@code placement} makes once this node admits it and the media is negotiated. */
    private interface Placement {
        void place(String callSid, SipLeg leg);
    }

    private void start(IncomingInvite invite, Placement placement) {
        SipRequest request = invite.request();
        try {
            placer.get().admit();
        } catch (TwilioException e) {
            invite.respond(Responses.to(request, 503, invite.toTag()).with("Retry-After", "5")
                    .with(TwilioSipErrors.HEADER, e.code() + " " + e.getMessage()));
            return;
        }
        SipMediaSession session;
        try {
            if (request.body().isEmpty()) {
                session = media.offer();   // delayed offer: we offer in the 200, the caller answers in its ACK
            } else {
                Optional<SipMediaSession> answered = media.answer(request.body());
                if (answered.isEmpty()) {
                    invite.reject(488);
                    return;
                }
                session = answered.get();
            }
        } catch (dev.switchboard.media.rtp.RtpPortsExhaustedException e) {
            invite.respond(Responses.to(request, 503, invite.toTag()).with("Retry-After", "5"));
            return;
        }
        invite.ringing(dev.switchboard.sip.message.Body.EMPTY);
        String callSid = Sids.next(SidPrefix.CALL);
        DialogId id = idOf(invite);
        SipLeg leg = new SipLeg(callSid, invite, dialogs, session, () -> legs.remove(id));
        session.onDigit(d -> leg.digits(String.valueOf(d)));
        legs.put(id, leg);
        try {
            placement.place(callSid, leg);
        } catch (RuntimeException e) {
            LOG.warn("INVITE {}: the call could not start", request.callId(), e);
            legs.remove(id);
            session.close();
            invite.respond(Responses.to(request, 500, invite.toTag()));
        }
    }

    /** The parameters every TwiML request of the call carries (spec §1.6). */
    static FormParams params(SipDomain domain, SipRequest invite, String sourceIp, Optional<String> username) {
        FormParams.Builder b = FormParams.builder()
                .add("SipDomain", domain.domainName())
                .add("SipDomainSid", domain.sid())
                .add("SipCallId", invite.callId())
                .add("SipSourceIp", sourceIp);
        username.ifPresent(u -> b.add("SipUsername", u));
        FormParams.Builder headers = FormParams.builder();
        for (SipHeader h : invite.headers().all()) headers.add(h.name(), h.value());
        return b.addAll(ContextParams.sipHeaderParams(headers.build())).build();
    }

    @Override
    public void onCancelled(IncomingInvite invite) {
        SipRemoteEnd leg = legs.get(idOf(invite));
        if (leg != null) leg.remoteHangup("CANCEL");
    }

    @Override
    public void onBye(Dialog dialog) {
        SipRemoteEnd leg = legs.get(dialog.id());
        if (leg != null) leg.remoteHangup("BYE");
    }

    @Override
    public void onEnded(Dialog dialog, String reason) {
        SipRemoteEnd leg = legs.get(dialog.id());
        if (leg != null) leg.remoteHangup(reason);
    }

    @Override
    public Optional<dev.switchboard.sip.message.Body> answerReinvite(Dialog dialog, SipRequest reinvite) {
        SipRemoteEnd leg = legs.get(dialog.id());
        return leg == null ? Optional.of(dialog.localSdp()) : leg.reanswer(reinvite.body());
    }

    @Override
    public void onInfo(Dialog dialog, SipRequest info) {
        SipRemoteEnd leg = legs.get(dialog.id());
        if (leg == null) return;
        InfoDtmf.digit(info).ifPresent(d -> leg.digits(String.valueOf(d)));
    }

    /** An answered outgoing leg joins the legs the dialog layer's events are routed to, until {@link #forget}. */
    void adopt(DialogId id, SipRemoteEnd leg) { legs.put(id, leg); }

    void forget(DialogId id) { legs.remove(id); }

    private static DialogId idOf(IncomingInvite invite) {
        return new DialogId(invite.request().callId(), invite.toTag(), invite.request().from().tag().orElse(""));
    }
}
