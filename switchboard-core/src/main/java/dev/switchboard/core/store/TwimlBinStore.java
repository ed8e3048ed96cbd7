package dev.switchboard.core.store;

import dev.switchboard.core.account.TwimlBin;
import java.util.Optional;

/** TwiML Bins. Thread-safe; may block on I/O. */
public interface TwimlBinStore {
    void create(TwimlBin bin);

    Optional<TwimlBin> find(String accountSid, String sid);

    /** The bin with this SID in any account: serving a bin's URL starts from the SID alone. */
    Optional<TwimlBin> findBySid(String sid);

    boolean update(TwimlBin bin);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<TwimlBin> list(String accountSid, PageRequest page);
}
