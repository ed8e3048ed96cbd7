package dev.switchboard.core.store;

import dev.switchboard.core.account.IncomingPhoneNumber;
import java.time.Instant;
import java.util.Optional;

/**
 * Owned phone numbers. A phone number is unique across all accounts: {@link #create} throws
 * {@link DuplicateKeyException} when another record already holds it. Thread-safe; may block.
 */
public interface PhoneNumberStore {
    void create(IncomingPhoneNumber number);

    Optional<IncomingPhoneNumber> find(String accountSid, String sid);

    /** The record that owns this E.164 number, in whichever account. */
    Optional<IncomingPhoneNumber> findByPhoneNumber(String e164);

    /**
     * Replaces the record with this SID in the same account; false when there is none. Throws
     * {@link DuplicateKeyException} when the new number belongs to another record.
     */
    boolean update(IncomingPhoneNumber number);

    boolean delete(String accountSid, String sid);

    /**
     * Oldest first. {@code phoneNumber} matches as Twilio's filter does: the stored number contains
     * the given digits, where {@code *} stands for any one digit. {@code friendlyName} is exact.
     */
    Page<IncomingPhoneNumber> list(String accountSid, Optional<String> phoneNumber, Optional<String> friendlyName, PageRequest page);

    /** The account's numbers attached to the trunk ({@code trunkSid}), oldest first. */
    Page<IncomingPhoneNumber> listByTrunk(String accountSid, String trunkSid, PageRequest page);

    /**
     * Detaches every number of the account from the trunk (it is being deleted): {@code trunkSid} becomes
     * {@code null} and {@code dateUpdated} {@code now}. Answers how many numbers were attached.
     */
    int detachTrunk(String accountSid, String trunkSid, Instant now);
}
