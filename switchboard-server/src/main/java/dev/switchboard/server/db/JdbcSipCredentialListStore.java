package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipCredentialListStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link SipCredentialListStore} on the {@code sip_credential_lists} table ({@link JdbcNamedListTable}). Thread-safe; every method blocks on JDBC. */
public final class JdbcSipCredentialListStore implements SipCredentialListStore {
    private final JdbcNamedListTable<SipCredentialList> table;

    public JdbcSipCredentialListStore(Jdbi jdbi) {
        this.table = new JdbcNamedListTable<>(jdbi, "sip_credential_lists", new JdbcNamedListTable.Shape<>(SipCredentialList::new, SipCredentialList::sid,
                SipCredentialList::accountSid, SipCredentialList::friendlyName, SipCredentialList::dateCreated, SipCredentialList::dateUpdated));
    }

    @Override
    public void create(SipCredentialList list) {
        table.create(RequiredFields.check(list));
    }

    @Override
    public Optional<SipCredentialList> find(String accountSid, String sid) { return table.find(accountSid, sid); }

    @Override
    public boolean update(SipCredentialList list) { return table.update(RequiredFields.check(list)); }

    @Override
    public boolean delete(String accountSid, String sid) { return table.delete(accountSid, sid); }

    @Override
    public Page<SipCredentialList> list(String accountSid, PageRequest page) { return table.list(accountSid, page); }

    @Override
    public long count(String accountSid) { return table.count(accountSid); }
}
