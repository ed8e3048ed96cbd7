package dev.switchboard.testing.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks a list page by page, by offset and by {@code afterSid}, for several page sizes, and checks
 * that the pages add up to {@code expected}: every page but the last is full and says
 * {@code hasMore}, the last does not, and a page past the end (or after the last SID) is empty.
 */
public final class PagingChecks {
    private PagingChecks() {}

    public static <T> void assertPagesThrough(List<T> expected, Function<PageRequest, Page<T>> list,
                                              Function<T, String> sidOf) {
        int n = expected.size();
        for (int size : new int[] {1, 2, 3, Math.max(1, n - 1), Math.max(1, n), n + 1}) {
            assertThat(byOffset(list, size)).as("by offset, page size %d", size).isEqualTo(expected);
            assertThat(byAfterSid(list, sidOf, size)).as("by afterSid, page size %d", size).isEqualTo(expected);
        }
        if (n > 0) {
            Page<T> afterLast = list.apply(new PageRequest(2, 0, Optional.of(sidOf.apply(expected.getLast()))));
            assertThat(afterLast.items()).as("after the last row").isEmpty();
            assertThat(afterLast.hasMore()).isFalse();
        }
    }

    private static <T> List<T> byOffset(Function<PageRequest, Page<T>> list, int size) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> p = list.apply(new PageRequest(size, page, Optional.empty()));
            all.addAll(p.items());
            if (!p.hasMore()) {
                assertThat(p.items().size()).as("last page by offset").isLessThanOrEqualTo(size);
                Page<T> beyond = list.apply(new PageRequest(size, page + 1, Optional.empty()));
                assertThat(beyond.items()).as("page past the end").isEmpty();
                assertThat(beyond.hasMore()).isFalse();
                return all;
            }
            assertThat(p.items()).as("a page followed by more").hasSize(size);
        }
    }

    private static <T> List<T> byAfterSid(Function<PageRequest, Page<T>> list, Function<T, String> sidOf, int size) {
        List<T> all = new ArrayList<>();
        Page<T> p = list.apply(PageRequest.first(size));
        while (true) {
            all.addAll(p.items());
            if (!p.hasMore()) return all;
            assertThat(p.items()).as("a page followed by more").hasSize(size);
            String last = sidOf.apply(p.items().getLast());
            p = list.apply(new PageRequest(size, 0, Optional.of(last)));
        }
    }
}
