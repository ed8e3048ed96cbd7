package dev.switchboard.server.sip;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIP endpoints as part of the phone network: a {@code sip:}/{@code sips:} address is rung over SIP
 * ({@link SipOutbound}); everything else goes to the network it decorates. With SIP off ({@code --sip-port -1})
 * a SIP address fails at once.
 */
public final class SipNetwork implements PhoneNetwork {
    private static final Logger LOG = LoggerFactory.getLogger(SipNetwork.class);

    private final PhoneNetwork outside;
    private final Supplier<Optional<SipServer>> sip;

    public SipNetwork(PhoneNetwork outside, Supplier<Optional<SipServer>> sip) {
        this.outside = outside;
        this.sip = sip;
    }

    public static boolean isSipAddress(String to) {
        return to.regionMatches(true, 0, "sip:", 0, 4) || to.regionMatches(true, 0, "sips:", 0, 5);
    }

    @Override
    public RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
            Inbox<CallInput> inbox) {
        return ring(new RingRequest(callSid, "", to, from, ringTimeout, machineDetection, CustomParameters.none()), inbox);
    }

    @Override
    public RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        if (!isSipAddress(request.to())) return outside.ring(request, inbox);
        Optional<SipServer> server = sip.get();
        if (server.isEmpty()) {
            LOG.info("call {}: {} is a SIP address but SIP is off (--sip-port -1)", request.callSid(), request.to());
            return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
        }
        return server.get().outbound().ring(request, inbox);
    }

    @Override
    public CallLeg caller(String callSid, String from, Inbox<CallInput> inbox) {
        return outside.caller(callSid, from, inbox);
    }
}
