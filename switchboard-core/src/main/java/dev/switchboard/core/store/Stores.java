package dev.switchboard.core.store;

/** The directory stores, grouped for wiring. */
public record Stores(AccountStore accounts, ApiKeyStore apiKeys, ApplicationStore applications, PhoneNumberStore phoneNumbers) {
}
