package dev.switchboard.core.store;

import dev.switchboard.core.sip.TrunkOriginationUrl;
import java.util.List;
import java.util.Optional;

/** The origination URLs of trunks. Every lookup is scoped to the account and the trunk. Thread-safe; may block on I/O. */
public interface TrunkOriginationUrlStore {
    void create(TrunkOriginationUrl url);

    Optional<TrunkOriginationUrl> find(String accountSid, String trunkSid, String sid);

    boolean update(TrunkOriginationUrl url);

    boolean delete(String accountSid, String trunkSid, String sid);

    /** Removes every URL of a trunk (it is being deleted); answers how many went. */
    int deleteAll(String accountSid, String trunkSid);

    /** Oldest first, one trunk's URLs. */
    Page<TrunkOriginationUrl> list(String accountSid, String trunkSid, PageRequest page);

    /** Every URL of a trunk, oldest first, enabled or not: the input of {@code OriginationOrder.order}. */
    List<TrunkOriginationUrl> all(String accountSid, String trunkSid);
}
