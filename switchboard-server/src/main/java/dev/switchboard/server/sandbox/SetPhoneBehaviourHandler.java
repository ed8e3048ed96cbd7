package dev.switchboard.server.sandbox;

import dev.switchboard.core.sandbox.PhoneBehaviour;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code POST /sandbox/Phones/{Number}.json}: how calls to and from that simulated number behave. */
final class SetPhoneBehaviourHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;

    SetPhoneBehaviourHandler(SimulatedPhoneNetwork network) { this.network = network; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String number = PhoneNumbers.fromPath(req);
        PhoneBehaviour b = PhoneBehaviour.parse(req.params());
        network.setBehaviour(number, b);
        return ApiResponse.ok(BehaviourJson.of(number, b));
    }
}
