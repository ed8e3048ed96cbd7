package dev.switchboard.server.api.sip;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.SipDomainStore;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies Domain create/update parameters (spec §1.1, §1.3): a parameter that was sent replaces the field (an
 * empty URL or SID clears it), one that was not keeps it. {@code DomainName} must be {@code <name>.sip.<sip-host>}
 * with labels of letters, digits and {@code -} (else 21231), must not be taken by any account, nor be another
 * account's SID, which every account has reserved (else 21232); a sub-domain {@code a.b.sip.<host>} needs
 * {@code b.sip.<host>} to belong to the same account or to its parent account (else 21231).
 */
final class DomainForm {
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$");
    private static final Pattern ACCOUNT_SID = Pattern.compile("^ac[0-9a-f]{32}$");

    private final SipDomainStore domains;
    private final PhoneNumberStore numbers;
    private final String suffix;

    DomainForm(SipDomainStore domains, PhoneNumberStore numbers, String suffix) {
        this.domains = domains;
        this.numbers = numbers;
        this.suffix = suffix;
    }

    static SipDomain blank(String sid, String accountSid, Instant now) {
        return new SipDomain(sid, accountSid, "", null, null, "POST", null, "POST", null, "POST",
                false, false, false, null, null, now, now);
    }

    SipDomain apply(SipDomain d, ApiRequest req, Instant now) {
        String name = req.has("DomainName") ? domainName(req.pathAccount(), d.sid(), FormFields.required(req, "DomainName"))
                : d.domainName();
        return new SipDomain(d.sid(), d.accountSid(), name,
                FormFields.friendlyName(req).isPresent()
                        ? FormFields.blankToNull(FormFields.friendlyName(req).get()) : d.friendlyName(),
                url(req, "VoiceUrl", d.voiceUrl()),
                FormFields.method(req, "VoiceMethod", TwilioError.METHOD_INVALID).orElse(d.voiceMethod()),
                url(req, "VoiceFallbackUrl", d.voiceFallbackUrl()),
                FormFields.method(req, "VoiceFallbackMethod", TwilioError.METHOD_INVALID).orElse(d.voiceFallbackMethod()),
                url(req, "VoiceStatusCallbackUrl", d.voiceStatusCallbackUrl()),
                FormFields.method(req, "VoiceStatusCallbackMethod", TwilioError.METHOD_INVALID)
                        .orElse(d.voiceStatusCallbackMethod()),
                FormFields.bool(req, "SipRegistration").orElse(d.sipRegistration()),
                FormFields.bool(req, "EmergencyCallingEnabled").orElse(d.emergencyCallingEnabled()),
                FormFields.bool(req, "Secure").orElse(d.secure()),
                sid(req, "ByocTrunkSid", SidPrefix.BYOC_TRUNK, d.byocTrunkSid()),
                emergencyCaller(req, d),
                d.dateCreated(), now);
    }

    private String domainName(Account caller, String ownSid, String raw) {
        String name = raw.trim().toLowerCase(Locale.ROOT);
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            throw new TwilioException(TwilioError.SIP_DOMAIN_INVALID, "DomainName '" + raw + "' must end with " + suffix);
        }
        String[] labels = name.substring(0, name.length() - suffix.length()).split("\\.", -1);
        for (String label : labels) {
            if (label.length() > 63 || !LABEL.matcher(label).matches()) {
                throw new TwilioException(TwilioError.SIP_DOMAIN_INVALID, "DomainName '" + raw
                        + "' may hold only letters, digits and '-' before " + suffix);
            }
        }
        if (labels.length == 1 && ACCOUNT_SID.matcher(labels[0]).matches() && !labels[0].equalsIgnoreCase(caller.sid())) {
            throw new TwilioException(TwilioError.SIP_DOMAIN_TAKEN, "DomainName " + name + " is reserved for another account");
        }
        if (labels.length > 1) {
            String parent = name.substring(labels[0].length() + 1);
            boolean owned = domains.findByDomainName(parent)
                    .filter(p -> p.accountSid().equals(caller.sid()) || p.accountSid().equals(caller.ownerAccountSid()))
                    .isPresent();
            if (!owned) {
                throw new TwilioException(TwilioError.SIP_DOMAIN_INVALID, "DomainName " + name
                        + " is a sub-domain of " + parent + ", which this account does not own");
            }
        }
        domains.findByDomainName(name).filter(other -> !other.sid().equals(ownSid)).ifPresent(other -> {
            throw taken(name);
        });
        return name;
    }

    static TwilioException taken(String name) {
        return new TwilioException(TwilioError.SIP_DOMAIN_TAKEN, "DomainName " + name + " is already in use");
    }

    /** Not sent: keeps {@code current}; sent empty: clears it (Optional.map cannot carry the null, hence the if). */
    private static String url(ApiRequest req, String name, String current) {
        Optional<String> v = FormFields.url(req, name, TwilioError.URL_PARAMETER_INVALID);
        return v.isPresent() ? FormFields.blankToNull(v.get()) : current;
    }

    private static String sid(ApiRequest req, String name, SidPrefix prefix, String current) {
        Optional<String> v = req.param(name);
        if (v.isEmpty()) return current;
        if (v.get().isEmpty()) return null;
        if (!Sids.isValid(v.get(), prefix)) {
            throw FormFields.invalid(name, v.get(), "must be a " + prefix.letters() + " SID");
        }
        return v.get();
    }

    /** {@code EmergencyCallerSid}: a phone number (PN…) of this account. */
    private String emergencyCaller(ApiRequest req, SipDomain d) {
        String sid = sid(req, "EmergencyCallerSid", SidPrefix.PHONE_NUMBER, d.emergencyCallerSid());
        if (sid != null && !sid.equals(d.emergencyCallerSid()) && numbers.find(d.accountSid(), sid).isEmpty()) {
            throw FormFields.invalid("EmergencyCallerSid", sid, "not a phone number of this account");
        }
        return sid;
    }
}
