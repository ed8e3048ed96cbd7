package dev.switchboard.core.store;

import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import java.util.Optional;

/**
 * The credential lists and IP access control lists associated with trunks. Associating the same list with a trunk
 * twice is a {@link DuplicateKeyException}. Paging's {@code afterSid} is a list's SID. Thread-safe; may block on I/O.
 */
public interface TrunkListMappingStore {
    void create(TrunkListMapping mapping);

    Optional<TrunkListMapping> find(String accountSid, String trunkSid, TrunkListKind kind, String listSid);

    boolean delete(String accountSid, String trunkSid, TrunkListKind kind, String listSid);

    /** Removes every association of a trunk (it is being deleted); answers how many went. The lists stay. */
    int deleteAll(String accountSid, String trunkSid);

    /** Whether a list is associated with any trunk. */
    boolean isMapped(String accountSid, String listSid);

    /** Oldest first, one trunk's lists of one kind. */
    Page<TrunkListMapping> list(String accountSid, String trunkSid, TrunkListKind kind, PageRequest page);
}
