package dev.switchboard.core.account;

import java.time.Instant;

/**
 * A number an account owns (PN…). Voice routing precedence as Twilio's: a trunk ({@code trunkSid}, TK…)
 * wins over everything, then a voice application, then the number's own voice URL. A number has a
 * trunk or a voice application, never both (setting one clears the other, spec twilio-sip-media.md
 * §3.2). Optional fields are {@code null} when unset.
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
        String trunkSid,
        Instant dateCreated,
        Instant dateUpdated) {
}
