package dev.switchboard.server.api.calls;

import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.calls.CallPlacer;

/** {@code POST /Accounts/{AccountSid}/Calls.json}: places an outbound call; answers it {@code queued}. */
public final class CreateCallHandler implements ApiHandler {
    private final CallPlacer placer;
    private final ApplicationStore applications;

    public CreateCallHandler(CallPlacer placer, ApplicationStore applications) {
        this.placer = placer;
        this.applications = applications;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return ApiResponse.created(CallJson.of(placer.outbound(CallCreateForm.read(req, applications))));
    }
}
