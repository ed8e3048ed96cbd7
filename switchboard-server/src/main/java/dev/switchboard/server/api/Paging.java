package dev.switchboard.server.api;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Twilio's list paging: reads {@code PageSize} (1–1000, default 50), {@code Page} and
 * {@code PageToken} ({@code PA} + the last SID of the previous page), and builds the list envelope
 * with {@code first_page_uri}, {@code next_page_uri}, {@code previous_page_uri}, {@code uri},
 * {@code page}, {@code page_size}, {@code start} and {@code end}. Filters the caller sent are kept
 * in every page URI, so following {@code next_page_uri} keeps filtering.
 */
public final class Paging {
    private Paging() {}

    public static PageRequest request(ApiRequest req) {
        int size = intParam(req, "PageSize", PageRequest.DEFAULT_SIZE, TwilioError.INVALID_PAGE_SIZE);
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new TwilioException(TwilioError.INVALID_PAGE_SIZE, size);
        }
        int page = intParam(req, "Page", 0, TwilioError.INVALID_PAGE_TOKEN);
        if (page < 0) throw new TwilioException(TwilioError.INVALID_PAGE_TOKEN, "Page must be 0 or more");
        Optional<String> after = req.param("PageToken").filter(t -> !t.isEmpty()).map(t -> {
            if (!t.startsWith("PA") || t.length() < 4) throw new TwilioException(TwilioError.INVALID_PAGE_TOKEN, t);
            return t.substring(2);
        });
        return new PageRequest(size, page, after);
    }

    private static int intParam(ApiRequest req, String name, int dflt, TwilioError error) {
        Optional<String> v = req.param(name);
        if (v.isEmpty() || v.get().isEmpty()) return dflt;
        try {
            return Integer.parseInt(v.get().trim());
        } catch (NumberFormatException e) {
            throw new TwilioException(error, "'" + v.get() + "' (" + name + " must be an integer)");
        }
    }

    /**
     * The list envelope. {@code listPath} is the list's URI path ({@code /2010-04-01/.../X.json}),
     * {@code filters} the filter parameters to carry in page URIs, {@code sidOf} reads an item's SID.
     */
    public static <T> Map<String, Object> envelope(String key, Page<T> page, PageRequest pr, String listPath,
            Map<String, String> filters, Function<T, Object> toJson, Function<T, String> sidOf) {
        List<T> items = page.items();
        int start = pr.page() * pr.pageSize();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, items.stream().map(toJson).toList());
        body.put("end", items.isEmpty() ? 0 : start + items.size() - 1);
        body.put("first_page_uri", uri(listPath, filters, pr.pageSize(), 0, Optional.empty()));
        body.put("next_page_uri", page.hasMore()
                ? uri(listPath, filters, pr.pageSize(), pr.page() + 1, Optional.of("PA" + sidOf.apply(items.get(items.size() - 1))))
                : null);
        body.put("page", pr.page());
        body.put("page_size", pr.pageSize());
        body.put("previous_page_uri", pr.page() > 0 ? uri(listPath, filters, pr.pageSize(), pr.page() - 1, Optional.empty()) : null);
        body.put("start", start);
        body.put("uri", uri(listPath, filters, pr.pageSize(), pr.page(), pr.afterSid().map(s -> "PA" + s)));
        return body;
    }

    private static String uri(String path, Map<String, String> filters, int size, int page, Optional<String> token) {
        StringBuilder sb = new StringBuilder(path).append('?');
        filters.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
        sb.append("PageSize=").append(size).append("&Page=").append(page);
        token.ifPresent(t -> sb.append("&PageToken=").append(enc(t)));
        return sb.toString();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The filters among {@code names} that the request sent, in that order. */
    public static Map<String, String> filters(ApiRequest req, String... names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) req.param(n).ifPresent(v -> out.put(n, v));
        return out;
    }
}
