package dev.switchboard.server.calls;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.LoopbackCall;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The network as calls see it: a number some account owns is reached as an inbound call to that
 * number's application or voice URL (first request {@code CallStatus=ringing}), or, when the number is
 * attached to an Elastic SIP Trunk, sent to the trunk's origination URLs ({@link TrunkRinger}); every other
 * number is left to the network outside (simulated phones, or the carrier gateway). Blocks while ringing.
 */
public final class PlatformNetwork implements PhoneNetwork {
    private final PhoneNetwork outside;
    private final PhoneNumberStore numbers;
    private final CallClock clock;
    private final Supplier<CallPlacer> placer;
    private final TrunkRinger trunks;

    public PlatformNetwork(PhoneNetwork outside, PhoneNumberStore numbers, CallClock clock, Supplier<CallPlacer> placer) {
        this(outside, numbers, clock, placer, (number, request, inbox) ->
                new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO));
    }

    /** {@code trunks}: how a number attached to an Elastic SIP Trunk is rung (its origination URLs). */
    public PlatformNetwork(PhoneNetwork outside, PhoneNumberStore numbers, CallClock clock, Supplier<CallPlacer> placer,
            TrunkRinger trunks) {
        this.outside = outside;
        this.numbers = numbers;
        this.clock = clock;
        this.placer = placer;
        this.trunks = trunks;
    }

    @Override
    public RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
            Inbox<CallInput> inbox) {
        return ring(new RingRequest(callSid, "", to, from, ringTimeout, machineDetection, CustomParameters.none()), inbox);
    }

    @Override
    public RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        String to = request.to();
        String from = request.from();
        Duration ringTimeout = request.ringTimeout();
        boolean machineDetection = request.machineDetection();
        Optional<dev.switchboard.core.account.IncomingPhoneNumber> owned = numbers.findByPhoneNumber(to);
        if (owned.isEmpty()) {
            return outside.ring(request, inbox);
        }
        if (owned.get().trunkSid() != null) return trunks.ring(owned.get(), request, inbox);
        LoopbackCall loop = new LoopbackCall(inbox);
        Instant start = clock.now();
        placer.get().inbound(from, to, Optional.empty(), Optional.of(loop::callerLeg), FormParams.empty());
        Optional<LoopbackCall.Settled> settled = loop.awaitSettled(clock, ringTimeout);
        Duration rang = Duration.between(start, clock.now());
        if (settled.isEmpty()) {
            loop.abandon();
            return new RingResult.NotAnswered(CallStatus.NO_ANSWER, rang);
        }
        return switch (settled.get()) {
            case LoopbackCall.Settled.Answered a ->
                    new RingResult.Answered(loop.calleeLeg(), machineDetection ? Optional.of("human") : Optional.empty(), rang);
            case LoopbackCall.Settled.Rejected r ->
                    new RingResult.NotAnswered("busy".equals(r.reason()) ? CallStatus.BUSY : CallStatus.NO_ANSWER, rang);
            case LoopbackCall.Settled.Ended e -> new RingResult.NotAnswered(CallStatus.FAILED, rang);
        };
    }

    @Override
    public CallLeg caller(String callSid, String from, Inbox<CallInput> inbox) {
        return outside.caller(callSid, from, inbox);
    }
}
