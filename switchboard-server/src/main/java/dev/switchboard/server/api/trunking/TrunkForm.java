package dev.switchboard.server.api.trunking;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkRecordingMode;
import dev.switchboard.core.sip.TrunkRecordingTrim;
import dev.switchboard.core.sip.TrunkTransferCallerId;
import dev.switchboard.core.sip.TrunkTransferMode;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies Trunk create/update parameters (spec twilio-sip-media.md §3.2; every one optional): a parameter that was
 * sent replaces the field (an empty URL, name or domain clears it), one that was not keeps it. {@code DomainName}
 * must be {@code <labels>.pstn.<sip-host>} of letters, digits and {@code -} (else 21200) and not be another trunk's
 * (else 21248); {@code TransferMode}, {@code TransferCallerId} take Twilio's values (else 21200), {@code Secure},
 * {@code CnamLookupEnabled} booleans (else 21200), {@code DisasterRecoveryUrl} an http(s) URL (else 21502),
 * {@code DisasterRecoveryMethod} GET or POST (else 21209), {@code FriendlyName} at most 64 characters (else 20002).
 */
final class TrunkForm {
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");

    private final TrunkStore trunks;
    private final String suffix;

    TrunkForm(TrunkStore trunks, String pstnSuffix) {
        this.trunks = trunks;
        this.suffix = pstnSuffix;
    }

    static Trunk blank(String sid, String accountSid, Instant now) {
        return new Trunk(sid, accountSid, null, null, null, "POST", TrunkTransferMode.DISABLE_ALL,
                TrunkTransferCallerId.FROM_TRANSFEREE, false, false, TrunkRecordingMode.DO_NOT_RECORD,
                TrunkRecordingTrim.DO_NOT_TRIM, now, now);
    }

    Trunk apply(Trunk t, ApiRequest req, Instant now) {
        return new Trunk(t.sid(), t.accountSid(),
                FormFields.replaceOrClear(FormFields.friendlyName(req), t.friendlyName()),
                req.param("DomainName").isPresent() ? domainName(t.sid(), req.param("DomainName").get()) : t.domainName(),
                FormFields.replaceOrClear(FormFields.url(req, "DisasterRecoveryUrl", TwilioError.URL_PARAMETER_INVALID),
                        t.disasterRecoveryUrl()),
                FormFields.method(req, "DisasterRecoveryMethod", TwilioError.METHOD_INVALID).orElse(t.disasterRecoveryMethod()),
                choice(req, "TransferMode", TrunkTransferMode::ofWire, TrunkTransferMode.values(), TrunkTransferMode::wire)
                        .orElse(t.transferMode()),
                choice(req, "TransferCallerId", TrunkTransferCallerId::ofWire, TrunkTransferCallerId.values(),
                        TrunkTransferCallerId::wire).orElse(t.transferCallerId()),
                FormFields.bool(req, "Secure").orElse(t.secure()),
                FormFields.bool(req, "CnamLookupEnabled").orElse(t.cnamLookupEnabled()),
                t.recordingMode(), t.recordingTrim(), t.dateCreated(), now);
    }

    /** One of an enum's Twilio values, exactly as Twilio spells it (lower case, hyphens); else 21200. */
    static <E> Optional<E> choice(ApiRequest req, String name, Function<String, Optional<E>> ofWire, E[] values,
            Function<E, String> wire) {
        return req.param(name).map(v -> ofWire.apply(v.trim()).orElseThrow(() -> FormFields.invalid(name, v,
                "must be one of " + String.join(", ", Arrays.stream(values).map(wire).toList()))));
    }

    private String domainName(String ownSid, String raw) {
        if (raw.isEmpty()) return null;
        String name = raw.trim().toLowerCase(Locale.ROOT);
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            throw FormFields.invalid("DomainName", raw, "it must end with " + suffix);
        }
        for (String label : name.substring(0, name.length() - suffix.length()).split("\\.", -1)) {
            if (label.length() > 63 || !LABEL.matcher(label).matches()) {
                throw FormFields.invalid("DomainName", raw, "only letters, digits and '-' may come before " + suffix);
            }
        }
        trunks.findByDomainName(name).filter(other -> !other.sid().equals(ownSid)).ifPresent(other -> {
            throw taken(name);
        });
        return name;
    }

    static TwilioException taken(String name) {
        return new TwilioException(TwilioError.TRUNK_DOMAIN_TAKEN, name);
    }
}
