package dev.switchboard.server.api.trunking;

import dev.switchboard.core.account.IncomingPhoneNumber;
import java.time.Instant;

/**
 * A number with its trunk changed. Attaching clears {@code voice_application_sid} (spec twilio-sip-media.md §3.2: a
 * set {@code trunk_sid} "deletes {@code voice_application_sid}"); detaching leaves every other field as it was.
 */
final class TrunkNumbers {
    private TrunkNumbers() {}

    static IncomingPhoneNumber withTrunk(IncomingPhoneNumber n, String trunkSid, Instant now) {
        return new IncomingPhoneNumber(n.sid(), n.accountSid(), n.phoneNumber(), n.friendlyName(), n.apiVersion(),
                n.voiceUrl(), n.voiceMethod(), n.voiceFallbackUrl(), n.voiceFallbackMethod(), n.statusCallback(),
                n.statusCallbackMethod(), trunkSid == null ? n.voiceApplicationSid() : null, n.voiceCallerIdLookup(),
                n.smsUrl(), n.smsMethod(), n.smsFallbackUrl(), n.smsFallbackMethod(), n.smsApplicationSid(), trunkSid,
                n.dateCreated(), now);
    }
}
