package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipRegistration;
import java.time.Instant;
import java.util.List;

/**
 * The registrar's bindings (RFC 3261 §10): which contacts a user of a SIP domain registered, until when. Bindings
 * must outlive a restart and, later, be shared between nodes, so the JDBC implementation is the real one; expired
 * bindings are never answered and are removed by {@link #purgeExpired}. Thread-safe; may block on I/O.
 */
public interface SipRegistrationStore {
    /**
     * Adds the binding, or replaces the one with the same domain, user and contact (a refresh), which keeps its
     * place in {@link #bindings}' order.
     */
    void put(SipRegistration registration);

    /** The user's bindings that are live at {@code now} ({@code expiresAt} after it), oldest first. */
    List<SipRegistration> bindings(String domainSid, String user, Instant now);

    /** Removes one binding ({@code Expires: 0} for a contact); whether there was one. */
    boolean remove(String domainSid, String user, String contact);

    /** Removes every binding of a user ({@code Contact: *} with {@code Expires: 0}); answers how many went. */
    int removeAll(String domainSid, String user);

    /** Removes every binding expired at {@code now}; answers how many went. */
    int purgeExpired(Instant now);

    /** Removes every binding of a domain (it is being deleted); answers how many went. */
    int removeDomain(String domainSid);
}
