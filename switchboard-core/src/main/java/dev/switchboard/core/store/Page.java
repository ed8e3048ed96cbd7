package dev.switchboard.core.store;

import java.util.List;

/** A page of results, and whether another page follows. */
public record Page<T>(List<T> items, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
