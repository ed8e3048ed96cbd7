package dev.switchboard.core.store;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.TimelineEntry;
import java.util.List;
import java.util.Optional;

/**
 * Every call's event timeline. The call engine appends entries as the call runs; the REST API reads
 * them back as Twilio's Call Events and Notifications and as Switchboard's own full timeline.
 * Thread-safe; every method may block on I/O.
 */
public interface CallTimelineStore {
    /**
     * Stores {@code entry} as the call's next entry, ignoring its {@link TimelineEntry#sequence()},
     * and returns it with the sequence assigned: 1 for a call's first entry, then +1 per append,
     * also under concurrent appends. Throws {@link DuplicateKeyException} when an
     * {@link ErrorRaised} has a notification SID already stored.
     */
    TimelineEntry append(TimelineEntry entry);

    /** The call's entries in sequence order; empty for an unknown call or another account's. */
    List<TimelineEntry> list(String accountSid, String callSid);

    /**
     * The account's {@link ErrorRaised} entries (Twilio's Notifications), newest first (append
     * order), optionally only one call's. {@code afterSid} is a notification SID and continues
     * with older ones.
     */
    Page<ErrorRaised> notifications(String accountSid, Optional<String> callSid, PageRequest page);

    /** The notification with this SID in this account. */
    Optional<ErrorRaised> notification(String accountSid, String notificationSid);
}
