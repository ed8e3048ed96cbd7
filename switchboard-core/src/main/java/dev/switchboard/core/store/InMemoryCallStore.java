package dev.switchboard.core.store;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.StatusCallbackTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/** {@link CallStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryCallStore implements CallStore {
    private final InMemoryTable<Call> table = new InMemoryTable<>(Call::sid, Call::accountSid, List.of());
    private final Map<String, StatusCallbackTarget> callbacks = new ConcurrentHashMap<>();
    /** Per call that owed or owes its completed callback: true while owed. */
    private final Map<String, Boolean> finalCallback = new ConcurrentHashMap<>();

    @Override
    public void create(Call call, Optional<StatusCallbackTarget> statusCallback) {
        table.insert(RequiredFields.check(call));
        statusCallback.ifPresent(t -> callbacks.put(call.sid(), t));
        markIfOwed(call);
    }

    private void markIfOwed(Call call) {
        StatusCallbackTarget t = callbacks.get(call.sid());
        if (call.status().isTerminal() && t != null && t.wants("completed")) finalCallback.putIfAbsent(call.sid(), true);
    }

    @Override
    public List<Call> finalCallbackDue(int limit, Optional<String> afterSid) {
        return table.list(c -> true, c -> finalCallback.getOrDefault(c.sid(), false),
                new PageRequest(limit, 0, afterSid)).items();
    }

    @Override
    public void finalCallbackSent(String sid) {
        finalCallback.replace(sid, true, false);
    }

    @Override
    public Optional<StatusCallbackTarget> statusCallback(String sid) {
        return Optional.ofNullable(callbacks.get(sid));
    }

    @Override
    public List<Call> unfinished(int limit) {
        return table.list(c -> true, c -> !c.status().isTerminal(), new PageRequest(limit, 0, Optional.empty())).items();
    }

    @Override
    public Optional<Call> find(String accountSid, String sid) {
        return table.find(sid).filter(c -> c.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Call> findBySid(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(Call call) {
        boolean found = table.update(RequiredFields.check(call));
        if (found) markIfOwed(call);
        return found;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        boolean deleted = table.delete(accountSid, sid);
        if (deleted) {
            callbacks.remove(sid);
            finalCallback.remove(sid);
        }
        return deleted;
    }

    @Override
    public Page<Call> list(String accountSid, CallFilter filter, PageRequest page) {
        return table.listNewestFirst(c -> c.accountSid().equals(accountSid), filter::matches, page);
    }
}
