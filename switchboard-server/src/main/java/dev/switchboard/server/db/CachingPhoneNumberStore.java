package dev.switchboard.server.db;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.PhoneNumberStore;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link PhoneNumberStore} with {@link #findByPhoneNumber} cached: every call asks whether its
 * {@code To} is owned, and in the sandbox the answer is mostly "no", which is cached too. Any write
 * clears the whole cache (numbers change rarely; an update may move a number).
 */
final class CachingPhoneNumberStore implements PhoneNumberStore {
    private final PhoneNumberStore store;
    private final DirectoryCache<IncomingPhoneNumber> byNumber = new DirectoryCache<>();

    CachingPhoneNumberStore(PhoneNumberStore store) { this.store = store; }

    @Override
    public void create(IncomingPhoneNumber number) {
        try {
            store.create(number);
        } finally {
            byNumber.invalidateAll();
        }
    }

    @Override
    public Optional<IncomingPhoneNumber> find(String accountSid, String sid) { return store.find(accountSid, sid); }

    @Override
    public Optional<IncomingPhoneNumber> findByPhoneNumber(String e164) {
        return byNumber.get(e164, () -> store.findByPhoneNumber(e164));
    }

    @Override
    public boolean update(IncomingPhoneNumber number) {
        try {
            return store.update(number);
        } finally {
            byNumber.invalidateAll();
        }
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        try {
            return store.delete(accountSid, sid);
        } finally {
            byNumber.invalidateAll();
        }
    }

    @Override
    public Page<IncomingPhoneNumber> list(String accountSid, Optional<String> phoneNumber, Optional<String> friendlyName,
            PageRequest page) {
        return store.list(accountSid, phoneNumber, friendlyName, page);
    }

    @Override
    public Page<IncomingPhoneNumber> listByTrunk(String accountSid, String trunkSid, PageRequest page) {
        return store.listByTrunk(accountSid, trunkSid, page);
    }

    @Override
    public int detachTrunk(String accountSid, String trunkSid, Instant now) {
        try {
            return store.detachTrunk(accountSid, trunkSid, now);
        } finally {
            byNumber.invalidateAll();
        }
    }
}
