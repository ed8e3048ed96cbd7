package dev.switchboard.server.sip;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.PhoneNetwork;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.sip.OriginationOrder;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipUri;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Elastic SIP Trunking origination: a call to a number attached to a trunk goes to the trunk's origination URLs
 * ({@link OriginationOrder}: enabled ones, lowest priority first, weighted within a priority), one after another
 * within the ring time. An origination URL without a user part gets the called number as its user
 * ({@code sip:pbx.example.com} → {@code sip:+14155551234@pbx.example.com}); its {@code ?X-…} headers go on the
 * INVITE as for {@code <Sip>}. The next URL is tried after a failure or no answer, not after busy (486/600). No
 * enabled URL: failed (Twilio's 32010). The trunk's disaster-recovery URL is not run (docs/sip.md).
 */
public final class TrunkOrigination implements dev.switchboard.server.calls.TrunkRinger {
    private final SipStores sip;
    private final Supplier<PhoneNetwork> network;
    private final CallClock clock;

    public TrunkOrigination(SipStores sip, Supplier<PhoneNetwork> network, CallClock clock) {
        this.sip = sip;
        this.network = network;
        this.clock = clock;
    }

    @Override
    public RingResult ring(IncomingPhoneNumber number, RingRequest request, Inbox<CallInput> inbox) {
        List<TrunkOriginationUrl> urls = OriginationOrder.order(sip.originationUrls().all(number.accountSid(),
                number.trunkSid()), ThreadLocalRandom.current());
        if (urls.isEmpty()) {
            return new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO, Map.of("ErrorCode", "32010"));
        }
        Instant deadline = clock.now().plus(request.ringTimeout());
        RingResult last = new RingResult.NotAnswered(CallStatus.FAILED, Duration.ZERO);
        for (TrunkOriginationUrl url : urls) {
            Duration left = Duration.between(clock.now(), deadline);
            if (left.isNegative() || left.isZero()) break;
            String to = withUser(url.sipUrl(), number.phoneNumber());
            last = network.get().ring(new RingRequest(request.callSid(), request.accountSid(), to, request.from(), left,
                    request.machineDetection(), request.parameters(), request.credentials()), inbox);
            if (last instanceof RingResult.Answered) return last;
            CallStatus s = ((RingResult.NotAnswered) last).status();
            if (s == CallStatus.BUSY || s == CallStatus.CANCELED) return last;
        }
        return last;
    }

    static String withUser(String sipUrl, String number) {
        try {
            SipUri uri = SipUri.parse(sipUrl);
            return uri.user().isEmpty() ? uri.withUser(number).toString() : uri.toString();
        } catch (SipParseException e) {
            return sipUrl;
        }
    }
}
