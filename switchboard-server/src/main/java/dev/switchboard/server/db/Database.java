package dev.switchboard.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.core.store.Stores;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * An open database: a connection pool, migrated to the latest schema, and the JDBC stores on it.
 * Call records and timelines are written through {@link GroupCommit} (see {@link Stores#barrier()}).
 * {@link #open} blocks while it connects and migrates; close it once, at shutdown.
 */
public final class Database implements AutoCloseable {
    /** The one set of migrations, shared by H2 and PostgreSQL. */
    static final String MIGRATIONS = "classpath:db/migration";

    private final HikariDataSource dataSource;
    private final Stores stores;
    private final GroupCommit commit;

    private Database(HikariDataSource dataSource, boolean embedded) {
        this.dataSource = dataSource;
        Jdbi jdbi = Jdbi.create(dataSource);
        // PostgreSQL's commit is durable (WAL); embedded H2 writes its file in the background, so
        // group commit asks it to write what is committed before releasing anyone who waits on it
        GroupCommit.Sync sync = embedded ? () -> jdbi.useHandle(h -> h.execute("CHECKPOINT")) : GroupCommit.Sync.NONE;
        JdbcCallStore calls = new JdbcCallStore(jdbi);
        JdbcCallTimelineStore timelines = new JdbcCallTimelineStore(jdbi);
        CallJournal journal = new CallJournal();
        var timelineRef = new java.util.concurrent.atomic.AtomicReference<GroupCommitTimelineStore>();
        this.commit = new GroupCommit(jdbi, sync, w -> {
            switch (w) {
                case GroupCommit.CallUpdate u -> journal.committed(u.call());
                case GroupCommit.EntryInsert e -> timelineRef.get().committed(e.entry());
                default -> { }
            }
        }, journal::sweep);
        timelineRef.set(new GroupCommitTimelineStore(timelines, commit, journal));
        this.stores = new Stores(
                new CachingAccountStore(new JdbcAccountStore(jdbi)),
                new CachingApiKeyStore(new JdbcApiKeyStore(jdbi)),
                new JdbcApplicationStore(jdbi),
                new CachingPhoneNumberStore(new JdbcPhoneNumberStore(jdbi)),
                new GroupCommitCallStore(calls, commit, journal),
                timelineRef.get(),
                new JdbcTwimlBinStore(jdbi),
                new JdbcUsageStore(jdbi),
                new JdbcConferenceStore(jdbi),
                new JdbcParticipantStore(jdbi),
                new JdbcRecordingStore(jdbi),
                new SipStores(new JdbcSipCredentialListStore(jdbi), new JdbcSipCredentialStore(jdbi),
                        new JdbcSipIpAccessControlListStore(jdbi), new JdbcSipIpAddressStore(jdbi),
                        new JdbcSipDomainStore(jdbi), new JdbcSipDomainMappingStore(jdbi), new JdbcTrunkStore(jdbi),
                        new JdbcTrunkOriginationUrlStore(jdbi), new JdbcTrunkListMappingStore(jdbi),
                        new JdbcSipRegistrationStore(jdbi)),
                commit);
    }

    /**
     * Connects, applies any pending migration and returns the open database. Throws (and leaves no
     * pool behind) when the database is unreachable or a migration fails.
     */
    public static Database open(DatabaseConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("switchboard-db");
        pool.setJdbcUrl(config.jdbcUrl());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
            return new Database(dataSource, !config.isPostgres());
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The JDBC-backed stores; valid until {@link #close()}. */
    public Stores stores() {
        return stores;
    }

    /**
     * Commits every queued call and timeline write, then closes every pooled connection; an
     * embedded H2 database is then closed and unlocked.
     */
    @Override
    public void close() {
        commit.close();
        dataSource.close();
    }
}
