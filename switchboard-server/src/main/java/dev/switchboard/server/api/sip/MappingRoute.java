package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipMappingKind;

/**
 * The five mapping resources under {@code /SIP/Domains/{DomainSid}/} (spec §1.2): which kind of mapping each one
 * reads and writes, its create parameter, its list key, and its JSON shape. The legacy ones share storage with
 * {@code Auth/Calls/…}; their JSON has {@code domain_sid} and {@code uri}, the {@code Auth/*} ones have neither and
 * list under the key {@code contents}.
 */
enum MappingRoute {
    CREDENTIAL_LIST(SipMappingKind.CALLS_CREDENTIAL_LIST, "credential_list_mappings", "CredentialListMappings", true),
    IP_ACCESS_CONTROL_LIST(SipMappingKind.CALLS_IP_ACCESS_CONTROL_LIST, "ip_access_control_list_mappings",
            "IpAccessControlListMappings", true),
    AUTH_CALLS_CREDENTIAL_LIST(SipMappingKind.CALLS_CREDENTIAL_LIST, "contents", "Auth/Calls/CredentialListMappings", false),
    AUTH_CALLS_IP_ACCESS_CONTROL_LIST(SipMappingKind.CALLS_IP_ACCESS_CONTROL_LIST, "contents",
            "Auth/Calls/IpAccessControlListMappings", false),
    AUTH_REGISTRATIONS_CREDENTIAL_LIST(SipMappingKind.REGISTRATIONS_CREDENTIAL_LIST, "contents",
            "Auth/Registrations/CredentialListMappings", false);

    final SipMappingKind kind;
    final String listKey;
    /** The path under {@code Domains/{DomainSid}/}, without {@code .json}. */
    final String path;
    final boolean legacy;

    MappingRoute(SipMappingKind kind, String listKey, String path, boolean legacy) {
        this.kind = kind;
        this.listKey = listKey;
        this.path = path;
        this.legacy = legacy;
    }

    /** {@code CredentialListSid} or {@code IpAccessControlListSid}. */
    String sidParameter() {
        return kind.isCredentialList() ? "CredentialListSid" : "IpAccessControlListSid";
    }

    /** What Twilio calls the mapped thing in its messages. */
    String noun() {
        return kind.isCredentialList() ? "CredentialList" : "IpAccessControlList";
    }
}
