package dev.switchboard.core.store;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.StatusCallbackTarget;
import java.util.List;
import java.util.Optional;

/**
 * Call records. The call engine creates and updates them as calls progress; the REST API reads,
 * lists and deletes them. Thread-safe; every method may block on I/O.
 *
 * <p>Unlike the directory stores, {@link #list} is <b>newest first</b>: Twilio lists calls most
 * recent first. "Newest" is creation order in the store (the order of {@link #create} calls), not
 * {@code dateCreated}, so equal timestamps still page stably; an update keeps a call's place.
 */
public interface CallStore {
    /** Throws {@link DuplicateKeyException} when the SID is taken (in any account). */
    default void create(Call call) {
        create(call, Optional.empty());
    }

    /** As {@link #create(Call)}, keeping where the call's status callbacks go ({@link #statusCallback}). */
    void create(Call call, Optional<StatusCallbackTarget> statusCallback);

    /** The status callback target the call was created with, if it had one. */
    Optional<StatusCallbackTarget> statusCallback(String sid);

    /**
     * Calls in any account whose status is not terminal (queued, ringing, in-progress), oldest
     * first, at most {@code limit}: at start-up these are the calls a stopped process left behind.
     */
    List<Call> unfinished(int limit);

    /**
     * Finished calls whose {@code completed} status callback is owed, oldest first, at most
     * {@code limit}. A call owes it from the write that first gives it a final status (if its
     * status callback asked for {@code completed}) until {@link #finalCallbackSent}: at start-up
     * these are the callbacks a stopped process had not sent yet. {@code afterSid} (a SID from the
     * previous page) pages on, as owed calls stay owed until they are sent.
     */
    List<Call> finalCallbackDue(int limit, Optional<String> afterSid);

    /** The call's {@code completed} callback has been sent, or given up on: it is no longer owed. */
    void finalCallbackSent(String sid);

    /** The call with this SID in this account. */
    Optional<Call> find(String accountSid, String sid);

    /** The call with this SID in any account (for the engine, webhooks and child legs). */
    Optional<Call> findBySid(String sid);

    /** Replaces the call with this SID in the same account (every field); false when there is none. */
    boolean update(Call call);

    /**
     * Removes the call; false when this account has no call with this SID. Does not look at the
     * status: refusing to delete a live call is the caller's rule (the REST API answers 20009).
     */
    boolean delete(String accountSid, String sid);

    /**
     * The account's calls passing {@code filter}, newest first (see {@link CallFilter} for the
     * filter semantics). {@code afterSid} pages on from that call, i.e. to older ones.
     */
    Page<Call> list(String accountSid, CallFilter filter, PageRequest page);
}
