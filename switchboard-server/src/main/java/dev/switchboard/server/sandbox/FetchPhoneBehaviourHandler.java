package dev.switchboard.server.sandbox;

import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /sandbox/Phones/{Number}.json}: the behaviour in force for that number. */
final class FetchPhoneBehaviourHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;

    FetchPhoneBehaviourHandler(SimulatedPhoneNetwork network) { this.network = network; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String number = PhoneNumbers.fromPath(req);
        return ApiResponse.ok(BehaviourJson.of(number, network.behaviour(number)));
    }
}
