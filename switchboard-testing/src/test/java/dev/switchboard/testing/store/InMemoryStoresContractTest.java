package dev.switchboard.testing.store;

import dev.switchboard.core.store.Stores;

/** The store contract against the in-memory twins. */
class InMemoryStoresContractTest extends StoreContract {
    @Override
    protected Stores emptyStores() {
        return Stores.inMemory();
    }
}
