package dev.switchboard.core.store;

import java.util.Objects;

/**
 * The stores one platform instance runs on: the directory (accounts, keys, applications, numbers,
 * TwiML Bins), the call records and their event timelines, the usage ledger, conferences and their participants, recordings, the SIP directory ({@link SipStores}),
 * and the {@link WriteBarrier} that says when writes accepted so far are durable. {@link #inMemory()} gives the thread-safe in-memory twins (nothing
 * survives the JVM); the server builds a JDBC-backed instance from its database configuration.
 */
public record Stores(
        AccountStore accounts,
        ApiKeyStore apiKeys,
        ApplicationStore applications,
        PhoneNumberStore phoneNumbers,
        CallStore calls,
        CallTimelineStore timelines,
        TwimlBinStore twimlBins,
        UsageStore usage,
        ConferenceStore conferences,
        ParticipantStore participants,
        RecordingStore recordings,
        SipStores sip,
        WriteBarrier barrier) {

    /** Stores that write through: every method's write is durable when it returns. */
    public Stores(AccountStore accounts, ApiKeyStore apiKeys, ApplicationStore applications, PhoneNumberStore phoneNumbers,
            CallStore calls, CallTimelineStore timelines, TwimlBinStore twimlBins, UsageStore usage,
            ConferenceStore conferences, ParticipantStore participants, RecordingStore recordings, SipStores sip) {
        this(accounts, apiKeys, applications, phoneNumbers, calls, timelines, twimlBins, usage, conferences, participants,
                recordings, sip, WriteBarrier.NONE);
    }

    public Stores {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(phoneNumbers, "phoneNumbers");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(timelines, "timelines");
        Objects.requireNonNull(twimlBins, "twimlBins");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(conferences, "conferences");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(recordings, "recordings");
        Objects.requireNonNull(sip, "sip");
        Objects.requireNonNull(barrier, "barrier");
    }

    /** Fresh, empty in-memory stores. */
    public static Stores inMemory() {
        PhoneNumberStore numbers = new InMemoryPhoneNumberStore();
        return new Stores(
                new InMemoryAccountStore(),
                new InMemoryApiKeyStore(),
                new InMemoryApplicationStore(),
                numbers,
                new InMemoryCallStore(),
                new InMemoryCallTimelineStore(),
                new InMemoryTwimlBinStore(),
                new InMemoryUsageStore(),
                new InMemoryConferenceStore(),
                new InMemoryParticipantStore(),
                new InMemoryRecordingStore(),
                SipStores.inMemory(numbers));
    }
}
