package dev.switchboard.server.api.accounts;

import dev.switchboard.core.account.Account;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Twilio's Account JSON (snake_case keys, RFC 2822 dates, {@code subresource_uris}). */
public final class AccountJson {
    /** Subresources Twilio lists on an account; Switchboard names them all, serving those it implements. */
    static final List<String> SUBRESOURCES = List.of("addresses", "conferences", "signing_keys", "transcriptions",
            "connect_apps", "sip", "authorized_connect_apps", "usage", "keys", "applications", "short_codes",
            "queues", "messages", "outgoing_caller_ids", "available_phone_numbers", "balance", "recordings",
            "incoming_phone_numbers", "calls", "notifications");
    private static final Map<String, String> PATH_NAMES = Map.ofEntries(
            Map.entry("signing_keys", "SigningKeys"), Map.entry("connect_apps", "ConnectApps"),
            Map.entry("sip", "SIP"), Map.entry("authorized_connect_apps", "AuthorizedConnectApps"),
            Map.entry("short_codes", "SMS/ShortCodes"), Map.entry("outgoing_caller_ids", "OutgoingCallerIds"),
            Map.entry("available_phone_numbers", "AvailablePhoneNumbers"),
            Map.entry("incoming_phone_numbers", "IncomingPhoneNumbers"));

    private AccountJson() {}

    public static Map<String, Object> of(Account a) {
        String base = ApiJson.accountPath(a.sid());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auth_token", a.authToken());
        m.put("date_created", ApiJson.date(a.dateCreated()));
        m.put("date_updated", ApiJson.date(a.dateUpdated()));
        m.put("friendly_name", a.friendlyName());
        m.put("owner_account_sid", a.ownerAccountSid());
        m.put("sid", a.sid());
        m.put("status", a.status().wire());
        Map<String, String> subs = new LinkedHashMap<>();
        for (String s : SUBRESOURCES) {
            String name = PATH_NAMES.getOrDefault(s, capitalize(s));
            subs.put(s, base + "/" + name + ".json");
        }
        m.put("subresource_uris", subs);
        m.put("type", a.type());
        m.put("uri", base + ".json");
        return m;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
