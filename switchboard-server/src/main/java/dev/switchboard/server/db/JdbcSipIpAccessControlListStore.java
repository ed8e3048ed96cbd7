package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link SipIpAccessControlListStore} on the {@code sip_ip_access_control_lists} table ({@link JdbcNamedListTable}). Thread-safe; every method blocks on JDBC. */
public final class JdbcSipIpAccessControlListStore implements SipIpAccessControlListStore {
    private final JdbcNamedListTable<SipIpAccessControlList> table;

    public JdbcSipIpAccessControlListStore(Jdbi jdbi) {
        this.table = new JdbcNamedListTable<>(jdbi, "sip_ip_access_control_lists", new JdbcNamedListTable.Shape<>(SipIpAccessControlList::new, SipIpAccessControlList::sid,
                SipIpAccessControlList::accountSid, SipIpAccessControlList::friendlyName, SipIpAccessControlList::dateCreated, SipIpAccessControlList::dateUpdated));
    }

    @Override
    public void create(SipIpAccessControlList list) {
        table.create(RequiredFields.check(list));
    }

    @Override
    public Optional<SipIpAccessControlList> find(String accountSid, String sid) { return table.find(accountSid, sid); }

    @Override
    public boolean update(SipIpAccessControlList list) { return table.update(RequiredFields.check(list)); }

    @Override
    public boolean delete(String accountSid, String sid) { return table.delete(accountSid, sid); }

    @Override
    public Page<SipIpAccessControlList> list(String accountSid, PageRequest page) { return table.list(accountSid, page); }

    @Override
    public long count(String accountSid) { return table.count(accountSid); }
}
