package dev.switchboard.core.account;

import java.time.Instant;

/**
 * A TwiML App (AP…) with every field of Twilio's Application resource. Optional URL fields are
 * {@code null} when unset, so the REST layer can answer {@code null} as Twilio does.
 */
public record Application(
        String sid,
        String accountSid,
        String friendlyName,
        String apiVersion,
        String voiceUrl,
        String voiceMethod,
        String voiceFallbackUrl,
        String voiceFallbackMethod,
        String statusCallback,
        String statusCallbackMethod,
        boolean voiceCallerIdLookup,
        String smsUrl,
        String smsMethod,
        String smsFallbackUrl,
        String smsFallbackMethod,
        String smsStatusCallback,
        String messageStatusCallback,
        boolean publicApplicationConnectEnabled,
        Instant dateCreated,
        Instant dateUpdated) {
}
