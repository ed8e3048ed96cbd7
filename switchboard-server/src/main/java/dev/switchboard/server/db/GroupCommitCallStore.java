package dev.switchboard.server.db;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.call.StatusCallbackTarget;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link CallStore} over {@link JdbcCallStore} with group commit. {@link #create} waits for its
 * commit (a 201 always names a durable call, and a taken SID still throws); {@link #update} of a
 * call this node knows is queued and answers at once, and reads see the queued version until it is
 * committed; lists and deletes wait for the queue first, so they see every write made before them.
 */
final class GroupCommitCallStore implements CallStore {
    private final JdbcCallStore jdbc;
    private final GroupCommit commit;
    private final CallJournal journal;

    GroupCommitCallStore(JdbcCallStore jdbc, GroupCommit commit, CallJournal journal) {
        this.jdbc = jdbc;
        this.commit = commit;
        this.journal = journal;
    }

    @Override
    public void create(Call call, Optional<StatusCallbackTarget> statusCallback) {
        RequiredFields.check(call);
        CompletableFuture<Void> done = new CompletableFuture<>();
        commit.submitAndWait(new GroupCommit.CallInsert(call, statusCallback, done), done);
        journal.remember(call.sid(), call.accountSid(), true);
    }

    @Override
    public Optional<Call> find(String accountSid, String sid) {
        Call queued = journal.uncommitted(sid);
        if (queued != null) return queued.accountSid().equals(accountSid) ? Optional.of(queued) : Optional.empty();
        return jdbc.find(accountSid, sid);
    }

    @Override
    public Optional<Call> findBySid(String sid) {
        Call queued = journal.uncommitted(sid);
        return queued != null ? Optional.of(queued) : jdbc.findBySid(sid);
    }

    @Override
    public boolean update(Call call) {
        RequiredFields.check(call);
        String account = journal.accountOf(call.sid());
        if (account == null) {
            commit.await();
            boolean found = jdbc.update(call);
            if (found) journal.remember(call.sid(), call.accountSid(), false);
            return found;
        }
        if (!account.equals(call.accountSid())) return false;
        journal.pending(call);
        commit.submit(new GroupCommit.CallUpdate(call));
        return true;
    }

    @Override
    public Optional<StatusCallbackTarget> statusCallback(String sid) {
        return jdbc.statusCallback(sid); // written with the create, which is durable before it returns
    }

    @Override
    public List<Call> unfinished(int limit) {
        commit.await();
        List<Call> stored = jdbc.unfinished(limit);
        return stored.stream().map(c -> Optional.ofNullable(journal.uncommitted(c.sid())).orElse(c)).toList();
    }

    @Override
    public List<Call> finalCallbackDue(int limit, Optional<String> afterSid) {
        commit.await();
        return jdbc.finalCallbackDue(limit, afterSid).stream()
                .map(c -> Optional.ofNullable(journal.uncommitted(c.sid())).orElse(c)).toList();
    }

    /** Queued like an update: it follows every write queued before it, such as the callback's timeline entry. */
    @Override
    public void finalCallbackSent(String sid) {
        commit.submit(new GroupCommit.CallbackSent(sid));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        commit.await();
        boolean deleted = jdbc.delete(accountSid, sid);
        if (deleted) journal.forget(sid);
        return deleted;
    }

    @Override
    public Page<Call> list(String accountSid, CallFilter filter, PageRequest page) {
        commit.await();
        return jdbc.list(accountSid, filter, page);
    }
}
