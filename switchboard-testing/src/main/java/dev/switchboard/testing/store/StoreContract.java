package dev.switchboard.testing.store;

import dev.switchboard.core.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The whole store contract in one class: extend it, return empty {@link Stores} from
 * {@link #emptyStores()}, and every store's contract runs as a nested group. Each test gets stores
 * from a fresh call; {@link #releaseStores(Stores)} runs after it.
 *
 * <pre>{@code
 * class InMemoryStoresContractTest extends StoreContract {
 *     @Override protected Stores emptyStores() { return Stores.inMemory(); }
 * }
 * }</pre>
 */
public abstract class StoreContract {
    private Stores current;

    /** Stores holding no records; called before every test. May block. */
    protected abstract Stores emptyStores();

    /** Called after every test with what {@link #emptyStores()} returned; does nothing by default. */
    protected void releaseStores(Stores stores) {
    }

    @BeforeEach
    final void openStores() {
        current = emptyStores();
    }

    @AfterEach
    final void closeStores() {
        releaseStores(current);
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class ApiKeys extends ApiKeyStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Applications extends ApplicationStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class PhoneNumbers extends PhoneNumberStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Calls extends CallStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class CallTimelines extends CallTimelineStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class TwimlBins extends TwimlBinStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Usage extends UsageStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Conferences extends ConferenceStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Recordings extends RecordingStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipCredentialLists extends SipCredentialListStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipCredentials extends SipCredentialStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipIpAccessControlLists extends SipIpAccessControlListStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipIpAddresses extends SipIpAddressStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipDomains extends SipDomainStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipDomainMappings extends SipDomainMappingStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class Trunks extends TrunkStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class TrunkOriginationUrls extends TrunkOriginationUrlStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class TrunkLists extends TrunkListMappingStoreContract {
        @Override
        protected Stores stores() { return current; }
    }

    @Nested
    class SipRegistrations extends SipRegistrationStoreContract {
        @Override
        protected Stores stores() { return current; }
    }
}
