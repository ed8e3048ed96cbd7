package dev.switchboard.server.db;

import static dev.switchboard.testing.store.DirectoryFixtures.apiKey;
import static dev.switchboard.testing.store.DirectoryFixtures.fullApplication;
import static dev.switchboard.testing.store.DirectoryFixtures.fullPhoneNumber;
import static dev.switchboard.testing.store.DirectoryFixtures.mainAccount;
import static dev.switchboard.testing.store.DirectoryFixtures.subaccount;
import static dev.switchboard.testing.store.DirectoryFixtures.withTrunk;
import static dev.switchboard.testing.store.SipFixtures.fullTrunk;
import static dev.switchboard.testing.store.SipFixtures.originationUrl;
import static dev.switchboard.testing.store.SipFixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkOriginationUrl;
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

    @Test
    void trunksTheirNumbersAndRegistrationsSurviveAReopen() {
        String account = Sids.next(SidPrefix.ACCOUNT);
        Trunk trunk = fullTrunk(account, "office.pstn.localhost");
        TrunkOriginationUrl url = originationUrl(trunk, "sip:pbx.example.com", 10, 0, true);
        IncomingPhoneNumber number = withTrunk(fullPhoneNumber(account, "+14155550150"), trunk.sid());
        java.time.Instant expires = java.time.Instant.parse("2099-01-01T00:00:00Z");
        SipRegistration binding = registration(account, Sids.next(SidPrefix.SIP_DOMAIN), "alice", "sip:alice@192.0.2.4",
                expires);
        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            Stores s = db.stores();
            s.sip().trunks().create(trunk);
            s.sip().originationUrls().create(url);
            s.phoneNumbers().create(number);
            s.sip().registrations().put(binding);
        }

        try (Database db = Database.open(DatabaseConfig.embeddedH2(dataDir))) {
            Stores s = db.stores();
            assertThat(s.sip().trunks().trunkForPhoneNumber("+14155550150")).contains(trunk);
            assertThat(s.sip().originationUrls().all(account, trunk.sid())).containsExactly(url);
            assertThat(s.sip().registrations().bindings(binding.domainSid(), "alice", expires.minusSeconds(1)))
                    .containsExactly(binding);
        }
    }
}
