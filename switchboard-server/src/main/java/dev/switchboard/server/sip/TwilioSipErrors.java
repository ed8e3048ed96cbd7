package dev.switchboard.server.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;

/**
 * A SIP refusal carrying Twilio's code the way Twilio sends it: the status from the {@link TwilioError} table and
 * an {@code X-Twilio-Error: <code> <message>} header (observed: {@code 32201 Authentication failure - source IP
 * Address not in ACL}, spec §1.4).
 */
final class TwilioSipErrors {
    static final String HEADER = "X-Twilio-Error";

    private TwilioSipErrors() {}

    static SipResponse response(SipRequest request, String toTag, TwilioError error, Object... args) {
        String message = args.length == 0 ? error.template() : error.template().formatted(args);
        return Responses.to(request, error.httpStatus(), toTag).with(HEADER, error.code() + " " + message);
    }
}
