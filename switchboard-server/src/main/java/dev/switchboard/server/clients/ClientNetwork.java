package dev.switchboard.server.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.context.InviteParams;
import dev.switchboard.core.context.ParameterizedAddress;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client endpoints as part of the phone network: {@code client:<identity>} rings every registered
 * device of that identity in the call's account (an {@code invite} with {@code parameters.Params}
 * encoded by {@link InviteParams}); the first {@code answer} wins and the others get
 * {@code cancel}; the winner then gets {@code answer{callsid, reconnect}} so it can take the call back
 * after a dropped socket. Everything else goes to the network it decorates. Blocks while ringing.
 *
 * <p>Endings (docs/client-signalling.md): no registered device → {@code no-answer} at once;
 * every device rejected → {@code busy}; ring timeout → {@code no-answer}.
 */
public final class ClientNetwork implements PhoneNetwork {
    public static final String PREFIX = "client:";

    private final PhoneNetwork outside;
    private final DeviceRegistry registry;
    private final CallClock clock;

    public ClientNetwork(PhoneNetwork outside, DeviceRegistry registry, CallClock clock) {
        this.outside = outside;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
            Inbox<CallInput> inbox) {
        return ring(new RingRequest(callSid, "", to, from, ringTimeout, machineDetection, CustomParameters.none()), inbox);
    }

    @Override
    public RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        if (!request.to().startsWith(PREFIX)) return outside.ring(request, inbox);
        ParameterizedAddress address = ParameterizedAddress.parse(request.to());
        String identity = address.address().substring(PREFIX.length());
        CustomParameters params = merge(address.parameters(), request.parameters());
        List<SignalConnection> devices = registry.devices(request.accountSid(), identity);
        if (devices.isEmpty()) return new RingResult.NotAnswered(CallStatus.NO_ANSWER, Duration.ZERO);
        Instant start = clock.now();
        ClientRing ring = new ClientRing(request.callSid(), devices, () -> inbox.offer(new CallInput.Digit(WAKE)));
        SignalFrame invite = invite(request, address.address(), params);
        for (SignalConnection d : devices) d.ringing(ring, invite);
        RingEnd end = awaitRing(ring, inbox, start.plus(request.ringTimeout()));
        Duration rang = Duration.between(start, clock.now());
        Optional<SignalConnection> winner = end.settled().isPresent()
                ? (end.settled().get() instanceof ClientRing.Settled.Answered a ? Optional.of(a.device()) : Optional.empty())
                : ring.close();
        if (end.callerGaveUp()) {
            // the caller hung up (or REST canceled the call) while the devices rang
            winner.ifPresent(w -> w.abandoned(request.callSid()));
            return new RingResult.NotAnswered(CallStatus.CANCELED, rang);
        }
        if (winner.isEmpty()) {
            return new RingResult.NotAnswered(end.settled().isPresent() ? CallStatus.BUSY : CallStatus.NO_ANSWER, rang);
        }
        ClientLeg leg = new ClientLeg(request.callSid(), winner.get(), inbox, false, null);
        winner.get().won(leg);
        return new RingResult.Answered(leg, request.machineDetection() ? Optional.of("human") : Optional.empty(), rang);
    }

    /** How ringing stopped: a device settled it, the caller gave up, or neither (the timeout). */
    private record RingEnd(Optional<ClientRing.Settled> settled, boolean callerGaveUp) {}

    /**
     * Waits on the call's own inbox, so a caller hang-up or REST cancel ({@link CallInput.Control})
     * stops the ringing; the ring wakes the wait with a {@link #WAKE} digit when a device settles it.
     */
    private RingEnd awaitRing(ClientRing ring, Inbox<CallInput> inbox, Instant deadline) {
        try {
            while (true) {
                Optional<ClientRing.Settled> settled = ring.settled.take();
                if (settled.isPresent()) return new RingEnd(settled, false);
                Duration left = Duration.between(clock.now(), deadline);
                if (left.isNegative() || left.isZero()) return new RingEnd(Optional.empty(), false);
                Optional<CallInput> in = clock.poll(inbox, left);
                if (in.isPresent() && in.get() instanceof CallInput.Control) return new RingEnd(Optional.empty(), true);
            }
        } finally {
            while (inbox.takeFirst(i -> i instanceof CallInput.Digit d && d.key() == WAKE).isPresent()) { /* drop wake-ups */ }
        }
    }

    /** A digit no keypad sends: wakes a ringing call when a device answers or rejects. */
    static final char WAKE = '\u0000';

    static SignalFrame invite(RingRequest request, String to, CustomParameters params) {
        SignalFrame f = SignalFrame.forCall("invite", request.callSid());
        f.payload().put("sdp", NoMediaSdp.offer());
        ObjectNode p = f.payload().putObject("parameters");
        p.put("CallSid", request.callSid());
        p.put("AccountSid", request.accountSid());
        p.put("From", request.from());
        p.put("To", to);
        p.put("Params", InviteParams.encode(params));
        return f;
    }

    /** The address's own {@code ?k=v} first, then the request's; a later name wins. */
    private static CustomParameters merge(CustomParameters first, CustomParameters second) {
        if (first.isEmpty()) return second;
        if (second.isEmpty()) return first;
        Map<String, String> m = new LinkedHashMap<>(first.resolved());
        m.putAll(second.resolved());
        return CustomParameters.fromMap(m);
    }

    @Override
    public CallLeg caller(String callSid, String from, Inbox<CallInput> inbox) {
        return outside.caller(callSid, from, inbox);
    }
}
