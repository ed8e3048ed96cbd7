package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The v1 list envelope (spec twilio-sip-media.md §3.1): {@code {"<key>": […], "meta": {"first_page_url", "key",
 * "next_page_url", "page", "page_size", "previous_page_url", "url"}}} with absolute URLs. Paging parameters are the
 * 2010-04-01 ones ({@code PageSize}, {@code Page}, {@code PageToken} = {@code PA} + the last SID), read by
 * {@link dev.switchboard.server.api.Paging#request}; twilio-java follows {@code next_page_url} verbatim.
 */
final class V1Paging {
    private V1Paging() {}

    static <T> Map<String, Object> envelope(String key, Page<T> page, PageRequest pr, String listUrl,
            Function<T, Object> toJson, Function<T, String> sidOf) {
        List<T> items = page.items();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("first_page_url", url(listUrl, pr.pageSize(), 0, Optional.empty()));
        meta.put("key", key);
        meta.put("next_page_url", page.hasMore()
                ? url(listUrl, pr.pageSize(), pr.page() + 1, Optional.of("PA" + sidOf.apply(items.getLast())))
                : null);
        meta.put("page", pr.page());
        meta.put("page_size", pr.pageSize());
        meta.put("previous_page_url", pr.page() > 0 ? url(listUrl, pr.pageSize(), pr.page() - 1, Optional.empty()) : null);
        meta.put("url", url(listUrl, pr.pageSize(), pr.page(), pr.afterSid().map(s -> "PA" + s)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, items.stream().map(toJson).toList());
        body.put("meta", meta);
        return body;
    }

    private static String url(String listUrl, int size, int page, Optional<String> token) {
        return listUrl + "?PageSize=" + size + "&Page=" + page + token.map(t -> "&PageToken=" + t).orElse("");
    }
}
