package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;

/** The {@code FriendlyName} of a credential list or IP access control list: required, bounded. */
final class SipLists {
    /** IP access control lists and IP addresses take up to 255 characters (OpenAPI); credential lists 64. */
    static final int ACL_FRIENDLY_NAME_MAX = 255;

    private SipLists() {}

    /** Required (21602 when missing or blank); at most {@code max} characters, else 20002. */
    static String friendlyName(ApiRequest req, int max) {
        String name = FormFields.required(req, "FriendlyName");
        if (name.codePointCount(0, name.length()) > max) {
            throw new TwilioException(TwilioError.INVALID_FRIENDLY_NAME, "it must be at most " + max + " characters");
        }
        return name;
    }
}
