package dev.switchboard.core.webhook;

import java.util.Optional;

/**
 * What a voice webhook says about the call it is for (spec §1.1). {@code callStatus} and
 * {@code direction} are Twilio's wire values ({@code ringing}, {@code outbound-api} …);
 * {@code apiVersion} is the version of the number or application whose URL is requested
 * ({@code 2010-04-01}, or {@code 2008-08-01} for the legacy contract).
 */
public record CallContext(
        String callSid,
        String accountSid,
        String from,
        String to,
        String callStatus,
        String direction,
        String apiVersion,
        Optional<String> parentCallSid,
        Optional<String> applicationSid,
        Optional<String> forwardedFrom,
        Optional<String> callerName) {

    public static final String LEGACY_API_VERSION = "2008-08-01";

    public boolean isLegacy() { return LEGACY_API_VERSION.equals(apiVersion); }

    public CallContext withStatus(String status) {
        return new CallContext(callSid, accountSid, from, to, status, direction, apiVersion, parentCallSid,
                applicationSid, forwardedFrom, callerName);
    }
}
