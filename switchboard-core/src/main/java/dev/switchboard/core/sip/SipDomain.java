package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * A SIP domain (SD…) with every field of Twilio's Domain resource (spec §1.3). {@code domainName} is stored in
 * lower case and is unique across the platform. Optional URL and SID fields are {@code null} when unset;
 * methods are {@code GET} or {@code POST}. Which lists authenticate the domain lives in its mappings.
 */
public record SipDomain(
        String sid,
        String accountSid,
        String domainName,
        String friendlyName,
        String voiceUrl,
        String voiceMethod,
        String voiceFallbackUrl,
        String voiceFallbackMethod,
        String voiceStatusCallbackUrl,
        String voiceStatusCallbackMethod,
        boolean sipRegistration,
        boolean emergencyCallingEnabled,
        boolean secure,
        String byocTrunkSid,
        String emergencyCallerSid,
        Instant dateCreated,
        Instant dateUpdated) {
}
