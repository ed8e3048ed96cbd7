package dev.switchboard.core.account;

import java.time.Instant;

/**
 * A number an account owns (PN…). Voice routing precedence as Twilio's: a voice application wins
 * over the number's own voice URL. Optional fields are {@code null} when unset.
 */
public record IncomingPhoneNumber(
        String sid,
        String accountSid,
        String phoneNumber,
        String friendlyName,
        String apiVersion,
        String voiceUrl,
        String voiceMethod,
        String voiceFallbackUrl,
        String voiceFallbackMethod,
        String statusCallback,
        String statusCallbackMethod,
        String voiceApplicationSid,
        boolean voiceCallerIdLookup,
        String smsUrl,
        String smsMethod,
        String smsFallbackUrl,
        String smsFallbackMethod,
        String smsApplicationSid,
        Instant dateCreated,
        Instant dateUpdated) {
}
