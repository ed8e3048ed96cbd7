package dev.switchboard.server.sip;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.message.SipUri;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The PSTN through a carrier ({@code --pstn-gateway}): a number no account owns is called as
 * {@code sip:<E.164>@<gateway>} with the gateway's digest credentials, instead of ringing a simulated phone.
 * Without a gateway (the default) every such number stays a simulated phone. Callers that come in are the
 * simulated network's; an INVITE from the gateway is taken by {@link SipCalls}.
 */
public final class GatewayNetwork implements PhoneNetwork {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

    private final PhoneNetwork sandbox;
    private final Optional<SipConfig.Gateway> gateway;
    private final Supplier<Optional<SipServer>> sip;

    public GatewayNetwork(PhoneNetwork sandbox, Optional<SipConfig.Gateway> gateway, Supplier<Optional<SipServer>> sip) {
        this.sandbox = sandbox;
        this.gateway = gateway;
        this.sip = sip;
    }

    @Override
    public RingResult ring(String callSid, String to, String from, Duration ringTimeout, boolean machineDetection,
            Inbox<CallInput> inbox) {
        return ring(new RingRequest(callSid, "", to, from, ringTimeout, machineDetection, CustomParameters.none()), inbox);
    }

    @Override
    public RingResult ring(RingRequest request, Inbox<CallInput> inbox) {
        if (gateway.isEmpty() || !E164.matcher(request.to()).matches()) return sandbox.ring(request, inbox);
        Optional<SipServer> server = sip.get();
        if (server.isEmpty()) return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
        SipConfig.Gateway g = gateway.get();
        String to = SipUri.parse(g.uri()).withUser(request.to()).toString();
        Optional<RingRequest.Credentials> login = g.username().map(u -> new RingRequest.Credentials(u, g.password().orElse("")));
        RingRequest viaGateway = new RingRequest(request.callSid(), request.accountSid(), to, request.from(),
                request.ringTimeout(), request.machineDetection(), request.parameters(), login.or(request::credentials));
        return server.get().outbound().ring(viaGateway, inbox);
    }

    @Override
    public CallLeg caller(String callSid, String from, Inbox<CallInput> inbox) {
        return sandbox.caller(callSid, from, inbox);
    }
}
