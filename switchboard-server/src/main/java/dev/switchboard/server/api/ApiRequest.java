package dev.switchboard.server.api;

import dev.switchboard.core.account.Account;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One authenticated REST request, as a handler sees it: the account named in the path (already
 * checked to be the caller's own or one it owns), the path parameters, and the request parameters
 * (query string for GET/DELETE, form body for POST), each name with all its values in order.
 */
public record ApiRequest(
        String method,
        String path,
        Account caller,
        Account pathAccount,
        Map<String, String> pathParams,
        Map<String, List<String>> params) {

    public String pathParam(String name) {
        String v = pathParams.get(name);
        if (v == null) throw new IllegalStateException("route has no path parameter " + name);
        return v;
    }

    /** The first value of a parameter, if sent. An empty value counts as sent. */
    public Optional<String> param(String name) {
        List<String> vs = params.get(name);
        return vs == null || vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(0));
    }

    /** Every value sent for a repeatable parameter ({@code StatusCallbackEvent=a&StatusCallbackEvent=b}). */
    public List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    public boolean has(String name) { return params.containsKey(name); }

    public String accountSid() { return pathAccount.sid(); }
}
