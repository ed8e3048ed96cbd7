package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;

/**
 * Twilio's documented SIP limits (spec §1.1, §1.4). Checked before a create; two creates racing for the last
 * place may both pass (a soft limit, docs/sip.md).
 */
final class SipLimits {
    static final int DOMAINS_PER_ACCOUNT = 100;
    static final int CREDENTIAL_LISTS_PER_ACCOUNT = 100;
    static final int CREDENTIALS_PER_LIST = 1000;
    static final int IP_ACCESS_CONTROL_LISTS_PER_ACCOUNT = 1000;
    static final int IP_ADDRESSES_PER_LIST = 100;

    private SipLimits() {}

    static void check(long current, int max, TwilioError error) {
        if (current >= max) throw new TwilioException(error, max);
    }
}
