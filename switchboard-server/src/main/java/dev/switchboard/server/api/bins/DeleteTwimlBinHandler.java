package dev.switchboard.server.api.bins;

import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/TwimlBins/{Sid}.json}: its URL answers 404 from then on. */
public final class DeleteTwimlBinHandler implements ApiHandler {
    private final TwimlBinStore bins;

    public DeleteTwimlBinHandler(TwimlBinStore bins) { this.bins = bins; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!bins.delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
