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
    private final DomainGate gate;
    private final SipMedia media;
    private final Supplier<CallPlacer> placer;
    private final DialogLayer dialogs;
    private final Map<DialogId, SipRemoteEnd> legs = new ConcurrentHashMap<>();

    SipCalls(Stores stores, DomainGate gate, SipMedia media, Supplier<CallPlacer> placer, DialogLayer dialogs) {
        this.stores = stores;
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
        if (found.isEmpty()) {
            invite.reject(404);
            return;
        }
        SipDomain domain = found.get();
        String sourceIp = invite.source().ip();
        DomainGate.Decision decision = gate.check(domain, request, sourceIp, invite.toTag());
        if (decision instanceof DomainGate.Decision.Refused r) {
            LOG.debug("INVITE {} to {} refused: {}", request.callId(), host, r.why());
            invite.respond(r.response());
            return;
        }
        Optional<String> username = ((DomainGate.Decision.Admitted) decision).username();
        if (domain.voiceUrl() == null) {
            invite.respond(TwilioSipErrors.response(request, invite.toTag(), TwilioError.SIP_DOMAIN_NO_VOICE_URL,
                    domain.domainName()));
            return;
        }
        Optional<Account> account = stores.accounts().find(domain.accountSid());
        if (account.isEmpty() || !account.get().isActive()) {
            invite.respond(Responses.to(request, 403, invite.toTag())
                    .with(TwilioSipErrors.HEADER, TwilioError.AUTHENTICATE.code() + " the domain's account is not active"));
            return;
        }
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
        DialogId id = new DialogId(request.callId(), invite.toTag(), request.from().tag().orElse(""));
        SipLeg leg = new SipLeg(callSid, invite, dialogs, session, () -> legs.remove(id));
        session.onDigit(d -> leg.digits(String.valueOf(d)));
        legs.put(id, leg);
        String from = request.from().uri().withoutHeaders().toString();
        String to = request.requestUri().withoutHeaders().toString();
        try {
            placer.get().sipInbound(callSid, account.get(), domain, from, to, leg::withInbox,
                    params(domain, request, sourceIp, username));
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
