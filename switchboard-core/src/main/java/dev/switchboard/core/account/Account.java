package dev.switchboard.core.account;

import java.time.Instant;

/**
 * A Twilio account or subaccount. {@code ownerAccountSid} is the parent for a subaccount and the
 * account's own SID for a main account, as Twilio reports it.
 */
public record Account(
        String sid,
        String ownerAccountSid,
        String friendlyName,
        AccountStatus status,
        String type,
        String authToken,
        Instant dateCreated,
        Instant dateUpdated) {

    public boolean isMain() { return sid.equals(ownerAccountSid); }

    public boolean isActive() { return status == AccountStatus.ACTIVE; }

    public Account withFriendlyName(String name, Instant now) {
        return new Account(sid, ownerAccountSid, name, status, type, authToken, dateCreated, now);
    }

    public Account withStatus(AccountStatus newStatus, Instant now) {
        return new Account(sid, ownerAccountSid, friendlyName, newStatus, type, authToken, dateCreated, now);
    }
}
