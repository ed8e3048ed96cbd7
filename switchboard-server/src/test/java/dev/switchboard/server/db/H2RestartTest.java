package dev.switchboard.server.db;

import static dev.switchboard.testing.store.DirectoryFixtures.apiKey;
import static dev.switchboard.testing.store.DirectoryFixtures.fullApplication;
import static dev.switchboard.testing.store.DirectoryFixtures.fullPhoneNumber;
import static dev.switchboard.testing.store.DirectoryFixtures.mainAccount;
import static dev.switchboard.testing.store.DirectoryFixtures.subaccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded H2 keeps the directory across a close and reopen of the same data directory. */
class H2RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void recordsWrittenBeforeACloseAreThereAfterReopening() {
        Account main = mainAccount("Main");
        ApiKey key = apiKey(main.sid(), "CI");
        Application app = fullApplication(main.sid());
        IncomingPhoneNumber number = fullPhoneNumber(main.sid(), "+14155550100");
        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            Stores s = db.stores();
            s.accounts().create(main);
            s.apiKeys().create(key);
            s.applications().create(app);
            s.phoneNumbers().create(number);
        }

        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            Stores s = db.stores();
            assertThat(s.accounts().find(main.sid())).contains(main);
            assertThat(s.apiKeys().find(main.sid(), key.sid())).contains(key);
            assertThat(s.applications().find(main.sid(), app.sid())).contains(app);
            assertThat(s.phoneNumbers().findByPhoneNumber("+14155550100")).contains(number);
        }
    }

    @Test
    void rowsAddedAfterReopeningListAfterTheOlderOnes() {
        Account main = mainAccount("Main");
        Account before = subaccount(main.sid(), "Before");
        Account after = subaccount(main.sid(), "After");
        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            db.stores().accounts().create(main);
            db.stores().accounts().create(before);
        }

        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            db.stores().accounts().create(after);
            assertThat(db.stores().accounts().list(main.sid(), Optional.empty(), Optional.empty(),
                    PageRequest.first(10)).items()).containsExactly(main, before, after);
        }
    }
}
