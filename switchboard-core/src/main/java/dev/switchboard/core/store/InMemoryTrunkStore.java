package dev.switchboard.core.store;

import dev.switchboard.core.sip.Trunk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TrunkStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. Which number is attached
 * to which trunk lives on the numbers, so {@link #trunkForPhoneNumber} asks the phone number store it was given.
 */
public final class InMemoryTrunkStore implements TrunkStore {
    private final InMemoryTable<Trunk> table = new InMemoryTable<>(Trunk::sid, Trunk::accountSid,
            List.of(new InMemoryTable.Unique<>("domain name", t -> t.domainName() == null ? t.sid() : t.domainName())));
    private final PhoneNumberStore numbers;

    public InMemoryTrunkStore(PhoneNumberStore numbers) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    @Override
    public void create(Trunk trunk) {
        table.insert(RequiredFields.check(trunk));
    }

    @Override
    public Optional<Trunk> find(String accountSid, String sid) {
        return table.find(sid).filter(t -> t.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Trunk> findByDomainName(String domainName) {
        return table.first(t -> domainName.equals(t.domainName()));
    }

    @Override
    public Optional<Trunk> trunkForPhoneNumber(String e164) {
        return numbers.findByPhoneNumber(e164)
                .filter(n -> n.trunkSid() != null)
                .flatMap(n -> find(n.accountSid(), n.trunkSid()));
    }

    @Override
    public boolean update(Trunk trunk) {
        return table.update(RequiredFields.check(trunk));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<Trunk> list(String accountSid, PageRequest page) {
        return table.list(t -> t.accountSid().equals(accountSid), t -> true, page);
    }
}
