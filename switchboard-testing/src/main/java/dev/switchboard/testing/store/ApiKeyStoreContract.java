package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.apiKey;
import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyStore} does. Extend it and hand over empty stores for each test. */
public abstract class ApiKeyStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private ApiKeyStore keys() {
        return stores().apiKeys();
    }

    @Test
    void createdKeysRoundTripEveryFieldIncludingNulls() {
        ApiKey named = apiKey(ACCOUNT, "CI");
        ApiKey unnamed = apiKey(ACCOUNT, null);
        keys().create(named);
        keys().create(unnamed);

        assertThat(keys().find(ACCOUNT, named.sid())).contains(named);
        assertThat(keys().find(ACCOUNT, unnamed.sid())).contains(unnamed);
    }

    @Test
    void findIsScopedToTheAccountButFindBySidIsNot() {
        ApiKey key = apiKey(ACCOUNT, "CI");
        keys().create(key);

        assertThat(keys().find(OTHER_ACCOUNT, key.sid())).isEmpty();
        assertThat(keys().findBySid(key.sid())).contains(key);
        assertThat(keys().findBySid(Sids.next(SidPrefix.API_KEY))).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsEvenFromAnotherAccount() {
        ApiKey key = apiKey(ACCOUNT, "CI");
        keys().create(key);
        ApiKey clash = new ApiKey(key.sid(), OTHER_ACCOUNT, "Clash", "other-secret", at(1), at(1));

        assertThatThrownBy(() -> keys().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(keys().findBySid(key.sid())).contains(key);
    }

    @Test
    void updateReplacesTheKeyWithinItsAccount() {
        ApiKey key = apiKey(ACCOUNT, "CI");
        keys().create(key);
        ApiKey renamed = key.withFriendlyName("Deploy", at(40));

        assertThat(keys().update(renamed)).isTrue();
        assertThat(keys().find(ACCOUNT, key.sid())).contains(renamed);
    }

    @Test
    void updateFromAnotherAccountOrOfAnUnknownKeyChangesNothing() {
        ApiKey key = apiKey(ACCOUNT, "CI");
        keys().create(key);
        ApiKey hijack = new ApiKey(key.sid(), OTHER_ACCOUNT, "Mine now", key.secret(), at(1), at(1));

        assertThat(keys().update(hijack)).isFalse();
        assertThat(keys().update(apiKey(ACCOUNT, "Ghost"))).isFalse();
        assertThat(keys().findBySid(key.sid())).contains(key);
        assertThat(keys().list(ACCOUNT, PageRequest.first(10)).items()).containsExactly(key);
    }

    @Test
    void deleteIsScopedToTheAccount() {
        ApiKey key = apiKey(ACCOUNT, "CI");
        keys().create(key);

        assertThat(keys().delete(OTHER_ACCOUNT, key.sid())).isFalse();
        assertThat(keys().findBySid(key.sid())).contains(key);
        assertThat(keys().delete(ACCOUNT, key.sid())).isTrue();
        assertThat(keys().findBySid(key.sid())).isEmpty();
        assertThat(keys().delete(ACCOUNT, key.sid())).isFalse();
    }

    @Test
    void listHoldsOnlyTheAccountsKeysAndPagesByOffsetAndByAfterSid() {
        List<ApiKey> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ApiKey mine = apiKey(ACCOUNT, "Key " + i);
            keys().create(mine);
            expected.add(mine);
            keys().create(apiKey(OTHER_ACCOUNT, "Theirs " + i));
        }
        ApiKey deleted = expected.remove(3);
        keys().delete(ACCOUNT, deleted.sid());

        PagingChecks.assertPagesThrough(expected, page -> keys().list(ACCOUNT, page), ApiKey::sid);
        Page<ApiKey> afterForeign = keys().list(ACCOUNT, new PageRequest(10, 0,
                Optional.of(keys().list(OTHER_ACCOUNT, PageRequest.first(1)).items().getFirst().sid())));
        assertThat(afterForeign.items()).isEmpty();
        assertThat(keys().list(ACCOUNT, new PageRequest(10, 0, Optional.of(deleted.sid()))).items()).isEmpty();
    }

    @Test
    void concurrentCreatesAllLand() throws Exception {
        int writers = 8;
        int perWriter = 25;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) keys().create(apiKey(ACCOUNT, "Concurrent"));
                }));
            }
            for (Future<?> f : done) f.get();
        }

        Page<ApiKey> all = keys().list(ACCOUNT, PageRequest.first(PageRequest.MAX_SIZE));
        assertThat(all.items()).hasSize(writers * perWriter);
    }
}
