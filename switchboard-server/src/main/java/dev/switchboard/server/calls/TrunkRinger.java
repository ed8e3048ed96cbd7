package dev.switchboard.server.calls;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.call.RingRequest;
import dev.switchboard.core.call.RingResult;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.Inbox;

/** Rings a number attached to an Elastic SIP Trunk at the trunk's origination URLs. */
public interface TrunkRinger {
    RingResult ring(IncomingPhoneNumber number, RingRequest request, Inbox<CallInput> inbox);
}
