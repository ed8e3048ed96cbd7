package dev.switchboard.server.sandbox;

import dev.switchboard.core.sandbox.PhoneBehaviour;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /sandbox/Phones/{Number}.json}: the number answers at once again (the default). */
final class ResetPhoneBehaviourHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;

    ResetPhoneBehaviourHandler(SimulatedPhoneNetwork network) { this.network = network; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        network.setBehaviour(PhoneNumbers.fromPath(req), PhoneBehaviour.DEFAULT);
        return ApiResponse.noContent();
    }
}
