package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.DirectoryFixtures.mainAccount;
import static dev.switchboard.testing.store.DirectoryFixtures.subaccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AccountStore} does. Extend it and hand over empty stores for each test. */
public abstract class AccountStoreContract {
    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private AccountStore accounts() {
        return stores().accounts();
    }

    @Test
    void createdAccountsRoundTripEveryFieldIncludingNulls() {
        Account main = mainAccount("Main");
        Account sparse = new Account(subaccount(main.sid(), null).sid(), main.sid(), null,
                AccountStatus.SUSPENDED, null, "token", at(5), at(6));
        accounts().create(main);
        accounts().create(sparse);

        assertThat(accounts().find(main.sid())).contains(main);
        assertThat(accounts().find(sparse.sid())).contains(sparse);
        assertThat(accounts().find("AC00000000000000000000000000000000")).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        Account first = mainAccount("First");
        accounts().create(first);

        assertThatThrownBy(() -> accounts().create(first.withFriendlyName("Second", at(9))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(accounts().find(first.sid())).contains(first);
    }

    @Test
    void createWithoutARequiredFieldThrowsAndStoresNothing() {
        Account main = mainAccount("Main");
        Account noToken = new Account(main.sid(), main.sid(), "Main", AccountStatus.ACTIVE, "Full", null,
                main.dateCreated(), main.dateUpdated());

        assertThatThrownBy(() -> accounts().create(noToken)).isInstanceOf(NullPointerException.class);
        assertThat(accounts().find(main.sid())).isEmpty();
    }

    @Test
    void updateReplacesTheAccountAndKeepsItsPlaceInTheList() {
        Account main = mainAccount("Main");
        Account sub = subaccount(main.sid(), "Sub");
        accounts().create(main);
        accounts().create(sub);
        Account renamed = main.withFriendlyName("Renamed", at(30)).withStatus(AccountStatus.SUSPENDED, at(31));

        assertThat(accounts().update(renamed)).isTrue();

        assertThat(accounts().find(main.sid())).contains(renamed);
        assertThat(all(main.sid(), Optional.empty(), Optional.empty())).containsExactly(renamed, sub);
    }

    @Test
    void updateOfAnUnknownAccountReturnsFalseAndCreatesNothing() {
        Account ghost = mainAccount("Ghost");

        assertThat(accounts().update(ghost)).isFalse();
        assertThat(accounts().find(ghost.sid())).isEmpty();
    }

    @Test
    void listHoldsTheOwnerAndItsSubaccountsOldestFirst() {
        Account main1 = mainAccount("One");
        Account sub1a = subaccount(main1.sid(), "One A");
        Account main2 = mainAccount("Two");
        Account sub2a = subaccount(main2.sid(), "Two A");
        Account sub1b = subaccount(main1.sid(), "One B");
        for (Account a : List.of(main1, sub1a, main2, sub2a, sub1b)) accounts().create(a);

        assertThat(all(main1.sid(), Optional.empty(), Optional.empty())).containsExactly(main1, sub1a, sub1b);
        assertThat(all(main2.sid(), Optional.empty(), Optional.empty())).containsExactly(main2, sub2a);
        assertThat(all(sub1a.sid(), Optional.empty(), Optional.empty())).containsExactly(sub1a);
        assertThat(all("AC00000000000000000000000000000000", Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void listFiltersByExactFriendlyNameAndStatus() {
        Account main = mainAccount("Shop");
        Account shop = subaccount(main.sid(), "Shop");
        Account lower = subaccount(main.sid(), "shop");
        Account closedShop = subaccount(main.sid(), "Shop").withStatus(AccountStatus.CLOSED, at(1));
        Account unnamed = subaccount(main.sid(), null).withStatus(AccountStatus.CLOSED, at(1));
        for (Account a : List.of(main, shop, lower, closedShop, unnamed)) accounts().create(a);

        assertThat(all(main.sid(), Optional.of("Shop"), Optional.empty())).containsExactly(main, shop, closedShop);
        assertThat(all(main.sid(), Optional.of("Sho"), Optional.empty())).isEmpty();
        assertThat(all(main.sid(), Optional.empty(), Optional.of(AccountStatus.CLOSED)))
                .containsExactly(closedShop, unnamed);
        assertThat(all(main.sid(), Optional.of("Shop"), Optional.of(AccountStatus.ACTIVE)))
                .containsExactly(main, shop);
        assertThat(all(main.sid(), Optional.empty(), Optional.of(AccountStatus.SUSPENDED))).isEmpty();
    }

    @Test
    void listPagesByOffsetAndByAfterSid() {
        Account main = mainAccount("Main");
        List<Account> expected = new ArrayList<>(List.of(main));
        accounts().create(main);
        accounts().create(subaccount(mainAccount("Other").sid(), "Not mine"));
        for (int i = 0; i < 6; i++) {
            Account sub = subaccount(main.sid(), "Sub " + i);
            accounts().create(sub);
            expected.add(sub);
        }

        PagingChecks.assertPagesThrough(expected,
                page -> accounts().list(main.sid(), Optional.empty(), Optional.empty(), page), Account::sid);
    }

    @Test
    void afterSidContinuesAFilteredListAndIsScopedToTheOwner() {
        Account main = mainAccount("Main");
        Account a = subaccount(main.sid(), "Keep");
        Account b = subaccount(main.sid(), "Skip");
        Account c = subaccount(main.sid(), "Keep");
        Account stranger = mainAccount("Keep");
        for (Account x : List.of(main, a, b, c, stranger)) accounts().create(x);

        Page<Account> next = accounts().list(main.sid(), Optional.of("Keep"), Optional.empty(),
                new PageRequest(10, 0, Optional.of(a.sid())));
        assertThat(next.items()).containsExactly(c);
        assertThat(next.hasMore()).isFalse();
        assertThat(accounts().list(main.sid(), Optional.empty(), Optional.empty(),
                new PageRequest(10, 0, Optional.of(stranger.sid()))).items()).isEmpty();
        assertThat(accounts().list(main.sid(), Optional.empty(), Optional.empty(),
                new PageRequest(10, 0, Optional.of("AC00000000000000000000000000000000"))).items()).isEmpty();
    }

    @Test
    void firstMainAccountIsTheOldestAccountThatOwnsItself() {
        assertThat(accounts().firstMainAccount()).isEmpty();
        Account older = mainAccount("Older");
        Account newer = mainAccount("Newer");
        accounts().create(subaccount(older.sid(), "Sub created first"));
        accounts().create(older);
        accounts().create(newer);

        assertThat(accounts().firstMainAccount()).contains(older);
    }

    private List<Account> all(String owner, Optional<String> name, Optional<AccountStatus> status) {
        Page<Account> page = accounts().list(owner, name, status, PageRequest.first(PageRequest.MAX_SIZE));
        assertThat(page.hasMore()).isFalse();
        return page.items();
    }
}
