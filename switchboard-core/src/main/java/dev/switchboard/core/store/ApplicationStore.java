package dev.switchboard.core.store;

import dev.switchboard.core.account.Application;
import java.util.Optional;

/** TwiML Apps. Thread-safe; may block on I/O. */
public interface ApplicationStore {
    void create(Application application);

    Optional<Application> find(String accountSid, String sid);

    /** The application with this SID in any account (Application Connect across accounts). */
    Optional<Application> findBySid(String sid);

    boolean update(Application application);

    boolean delete(String accountSid, String sid);

    /** Oldest first, optionally only those with exactly this friendly name. */
    Page<Application> list(String accountSid, Optional<String> friendlyName, PageRequest page);
}
