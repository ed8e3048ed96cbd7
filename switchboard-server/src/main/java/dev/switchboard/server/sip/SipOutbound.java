package dev.switchboard.server.sip;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.ContextParams;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.media.rtp.RtpPortsExhaustedException;
import dev.switchboard.sip.dialog.Dialog;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.OutgoingCall;
import dev.switchboard.sip.dialog.OutgoingInvite;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.Params;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The B2BUA's outbound half: rings a {@code sip:} address for {@code <Dial><Sip>} or a REST call. The address's URI
 * headers become INVITE headers ({@link OutboundHeaders}) next to {@code X-Twilio-AccountSid} and
 * {@code X-Twilio-CallSid} (spec §2.3); a user of one of our SIP domains ({@code alice@acme.sip.localhost}) is rung
 * at every registered contact at once, the first to answer wins and the others are cancelled. The final response
 * maps to the call status as spec §2.5 has it (486/600 busy; 408/480 and our own CANCEL at the ring timeout
 * no-answer; the caller giving up canceled; anything else failed), and the {@code <Dial action>} gets
 * {@code DialSipCallId}, {@code DialSipResponseCode} and the final response's {@code DialSipHeader_X-…}.
 *
 * <p>Ringing waits on the call's own inbox (a caller hang-up or REST cancel stops it); the SIP side wakes it with a
 * digit no keypad sends.
 */
final class SipOutbound {
    private static final Logger LOG = LoggerFactory.getLogger(SipOutbound.class);
    static final char WAKE = '\u0000';
    /** How long after our CANCEL we wait for the INVITE's final answer before giving the leg up. */
    private static final Duration CANCEL_PATIENCE = Duration.ofSeconds(5);

    /** One contact to ring: the Request-URI and the hop to send to (a registered phone: where its REGISTER came from). */
    record Contact(SipUri requestUri, Peer peer) {}

    /** Who is registered at an address of one of our domains; empty when the host is not ours. */
    interface Registered {
        Optional<List<Contact>> contacts(String host, String user);
    }

    private final DialogLayer dialogs;
    private final SipMedia media;
    private final SipCalls calls;
    private final CallClock clock;
    private final String advertisedHost;
    private final Registered registered;

    SipOutbound(DialogLayer dialogs, SipMedia media, SipCalls calls, CallClock clock, String advertisedHost,
            Registered registered) {
        this.dialogs = dialogs;
        this.media = media;
        this.calls = calls;
        this.clock = clock;
        this.advertisedHost = advertisedHost;
        this.registered = registered;
    }

    RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        Instant start = clock.now();
        SipUri uri;
        try {
            uri = SipUri.parse(request.to().trim());
        } catch (SipParseException e) {
            LOG.info("call {}: '{}' is not a SIP URI: {}", request.callSid(), request.to(), e.getMessage());
            return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
        }
        if (uri.scheme().equals("sips")) { // Twilio: sips: is sent as sip: over TLS (spec §1.1)
            uri = new SipUri("sip", uri.user(), uri.password(), uri.host(), uri.port(), uri.params(), uri.headers())
                    .withParam("transport", "tls");
        }
        OutboundHeaders extra = OutboundHeaders.of(uri.headers());
        SipUri target = uri.withoutHeaders();
        List<Contact> contacts;
        Optional<List<Contact>> ours = registered.contacts(target.host().toLowerCase(Locale.ROOT), target.user());
        if (ours.isPresent()) {
            contacts = ours.get();
            if (contacts.isEmpty()) { // nobody registered: what a registrar-proxy answers, 480
                return new RingResult.NotAnswered(CallStatus.NO_ANSWER, Duration.ZERO, Map.of("DialSipResponseCode", "480"));
            }
        } else {
            try {
                contacts = List.of(new Contact(target, dev.switchboard.sip.transport.SipTargets.resolve(target)));
            } catch (RuntimeException e) { // unknown host, unsupported transport
                LOG.info("call {}: cannot reach {}: {}", request.callSid(), target, e.getMessage());
                return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
            }
        }
        List<SipHeader> headers = new ArrayList<>(extra.headers());
        headers.add(new SipHeader("X-Twilio-AccountSid", request.accountSid()));
        headers.add(new SipHeader("X-Twilio-CallSid", request.callSid()));
        // to a registered phone the call comes from its domain (spec §1.7: sip:+15551234567@name.sip.twilio.com)
        String fromHost = ours.isPresent() ? target.host() : advertisedHost;
        NameAddress from = new NameAddress(extra.displayName().orElse(""),
                SipUri.sip(fromUser(request.from()), fromHost), Params.NONE);
        return new Fork(request, inbox, start, contacts, from, NameAddress.of(target), headers).run();
    }

    /** The From user: an E.164 or caller ID as given; the user of a SIP or client address. */
    static String fromUser(String from) {
        if (from.startsWith("client:")) return from.substring("client:".length());
        if (from.startsWith("sip:") || from.startsWith("sips:")) {
            try {
                return SipUri.parse(from).user();
            } catch (SipParseException e) {
                return "anonymous";
            }
        }
        return from.isBlank() ? "anonymous" : from;
    }

    /** What one INVITE came to. */
    private record Outcome(Optional<SipUacLeg> leg, int status, Optional<SipResponse> response, String callId) {}

    /** The INVITEs of one ring, their outcomes, and the wait for the first answer. */
    private final class Fork {
        private final RingRequest request;
        private final Inbox<CallInput> inbox;
        private final Instant start;
        private final List<Contact> contacts;
        private final NameAddress from;
        private final NameAddress to;
        private final List<SipHeader> headers;
        private final List<OutgoingCall> invites = new ArrayList<>();
        private final java.util.Queue<Outcome> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** {@code to}: the address asked for (a registered phone's AoR, not its Contact, §8.1.1.2). */
        Fork(RingRequest request, Inbox<CallInput> inbox, Instant start, List<Contact> contacts, NameAddress from,
                NameAddress to, List<SipHeader> headers) {
            this.request = request;
            this.inbox = inbox;
            this.start = start;
            this.contacts = contacts;
            this.from = from;
            this.to = to;
            this.headers = headers;
        }

        RingResult run() {
            int pending = 0;
            for (Contact c : contacts) {
                if (send(c)) pending++;
            }
            Instant deadline = start.plus(request.ringTimeout());
            boolean callerGaveUp = false;
            boolean timedOut = false;
            Outcome last = null;
            try {
                while (pending > 0) {
                    Optional<Outcome> o = Optional.ofNullable(outcomes.poll());
                    if (o.isPresent()) {
                        pending--;
                        if (o.get().leg().isPresent()) {
                            Outcome won = o.get();
                            cancelAll();
                            if (callerGaveUp) {
                                won.leg().get().hangup();
                                return new RingResult.NotAnswered(CallStatus.CANCELED, rang(), extras(won));
                            }
                            return new RingResult.Answered(won.leg().get(),
                                    request.machineDetection() ? Optional.of("human") : Optional.empty(), rang(), extras(won));
                        }
                        if (last == null || preferred(o.get(), last)) last = o.get();
                        continue;
                    }
                    Duration left = (callerGaveUp || timedOut) ? CANCEL_PATIENCE : Duration.between(clock.now(), deadline);
                    if (!callerGaveUp && !timedOut && (left.isNegative() || left.isZero())) {
                        timedOut = true;
                        cancelAll();
                        deadline = clock.now().plus(CANCEL_PATIENCE);
                        continue;
                    }
                    if ((callerGaveUp || timedOut) && !clock.now().isBefore(deadline)) break;
                    Optional<CallInput> in = clock.poll(inbox, (callerGaveUp || timedOut) ? Duration.between(clock.now(), deadline) : left);
                    if (in.isPresent() && in.get() instanceof CallInput.Control && !callerGaveUp) {
                        callerGaveUp = true;
                        cancelAll();
                        deadline = clock.now().plus(CANCEL_PATIENCE);
                    }
                }
            } finally {
                while (inbox.takeFirst(i -> i instanceof CallInput.Digit d && d.key() == WAKE).isPresent()) { /* wake-ups */ }
            }
            if (callerGaveUp) return new RingResult.NotAnswered(CallStatus.CANCELED, rang(), last == null ? Map.of() : extras(last));
            if (last == null) {
                return new RingResult.NotAnswered(timedOut ? CallStatus.NO_ANSWER : CallStatus.FAILED, rang());
            }
            CallStatus status = timedOut && last.status() == 487 ? CallStatus.NO_ANSWER : statusOf(last.status());
            return new RingResult.NotAnswered(status, rang(), extras(last));
        }

        private boolean send(Contact c) {
            SipMediaSession session;
            try {
                session = media.offer();
            } catch (RtpPortsExhaustedException e) {
                outcomes.offer(new Outcome(Optional.empty(), 503, Optional.empty(), ""));
                return true;
            }
            OutgoingInvite spec = new OutgoingInvite(c.requestUri(), from, to, headers,
                    session.localSdp(), request.credentials().map(l -> new OutgoingInvite.Credentials(l.username(), l.password())),
                    c.peer(), Optional.empty());
            AtomicReference<OutgoingCall> self = new AtomicReference<>();
            OutgoingCall.Listener listener = new OutgoingCall.Listener() {
                @Override
                public void onAnswered(Dialog dialog, SipResponse ok) {
                    session.remoteAnswer(ok.body());
                    SipUacLeg leg = new SipUacLeg(dialog, dialogs, session, inbox, () -> calls.forget(dialog.id()));
                    calls.adopt(dialog.id(), leg);
                    session.onDigit(d -> leg.digits(String.valueOf(d)));
                    settle(new Outcome(Optional.of(leg), 200, Optional.of(ok), dialog.id().callId()));
                }

                @Override
                public void onFailed(int status, Optional<SipResponse> response) {
                    session.close();
                    OutgoingCall call = self.get();
                    settle(new Outcome(Optional.empty(), status, response, call == null ? "" : call.callId()));
                }
            };
            OutgoingCall call = dialogs.invite(spec, listener);
            self.set(call);
            synchronized (invites) {
                invites.add(call);
            }
            return true;
        }

        private void settle(Outcome o) {
            outcomes.offer(o);
            inbox.offer(new CallInput.Digit(WAKE));
        }

        private void cancelAll() {
            List<OutgoingCall> all;
            synchronized (invites) {
                all = List.copyOf(invites);
            }
            for (OutgoingCall c : all) c.cancel();
        }

        private Duration rang() { return Duration.between(start, clock.now()); }
    }

    /** Of two failures, the one worth reporting: a busy over a no-answer over anything else (as DialRinger does). */
    private static boolean preferred(Outcome candidate, Outcome current) {
        return rank(statusOf(candidate.status())) < rank(statusOf(current.status()));
    }

    private static int rank(CallStatus s) {
        return switch (s) {
            case BUSY -> 0;
            case NO_ANSWER -> 1;
            default -> 2;
        };
    }

    /** Spec §2.5 (Twilio's mapping is unconfirmed; docs/sip.md records this choice). */
    static CallStatus statusOf(int sipStatus) {
        return switch (sipStatus) {
            case 486, 600 -> CallStatus.BUSY;
            case 408, 480, 487 -> CallStatus.NO_ANSWER;
            default -> sipStatus >= 200 && sipStatus < 300 ? CallStatus.COMPLETED : CallStatus.FAILED;
        };
    }

    /** {@code DialSipCallId}, {@code DialSipResponseCode} and the final response's X- headers as {@code DialSipHeader_…}. */
    private static Map<String, String> extras(Outcome o) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!o.callId().isEmpty()) m.put("DialSipCallId", o.callId());
        m.put("DialSipResponseCode", Integer.toString(o.status()));
        o.response().ifPresent(r -> {
            FormParams.Builder h = FormParams.builder();
            for (SipHeader x : r.headers().all()) {
                if (x.name().regionMatches(true, 0, "X-", 0, 2)) h.add(x.name(), x.value());
            }
            for (var p : ContextParams.dialSipHeaderParams(h.build()).entries()) m.putIfAbsent(p.name(), p.value());
        });
        return m;
    }
}
