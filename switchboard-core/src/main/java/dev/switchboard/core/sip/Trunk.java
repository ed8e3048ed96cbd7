package dev.switchboard.core.sip;

import java.time.Instant;

/**
 * An Elastic SIP Trunk (TK…) with every writable field of Twilio's {@code /v1/Trunks} resource (spec
 * twilio-sip-media.md §3.2). {@code domainName} is the termination address {@code <name>.pstn.<sip-host>}, stored
 * in lower case and unique across the platform, or {@code null} when unset, as are {@code friendlyName} and
 * {@code disasterRecoveryUrl}. Which lists authenticate the trunk lives in its {@link TrunkListMapping}s; which
 * numbers it owns lives on the numbers ({@code IncomingPhoneNumber.trunkSid}).
 */
public record Trunk(
        String sid,
        String accountSid,
        String friendlyName,
        String domainName,
        String disasterRecoveryUrl,
        String disasterRecoveryMethod,
        TrunkTransferMode transferMode,
        TrunkTransferCallerId transferCallerId,
        boolean secure,
        boolean cnamLookupEnabled,
        TrunkRecordingMode recordingMode,
        TrunkRecordingTrim recordingTrim,
        Instant dateCreated,
        Instant dateUpdated) {
}
