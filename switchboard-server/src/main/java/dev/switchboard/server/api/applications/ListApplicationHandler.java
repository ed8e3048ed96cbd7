package dev.switchboard.server.api.applications;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/Applications.json} (filter FriendlyName). */
public final class ListApplicationHandler implements ApiHandler {
    private final ApplicationStore applications;

    public ListApplicationHandler(ApplicationStore applications) { this.applications = applications; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        var page = applications.list(req.accountSid(), req.param("FriendlyName"), pr);
        return ApiResponse.ok(Paging.envelope("applications", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/Applications.json",
                Paging.filters(req, "FriendlyName"), ApplicationJson::of, Application::sid));
    }
}
