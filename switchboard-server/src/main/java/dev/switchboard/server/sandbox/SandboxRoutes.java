package dev.switchboard.server.sandbox;

import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.server.api.ApiRoute;
import dev.switchboard.server.calls.CallPlacer;
import java.util.List;

/**
 * The sandbox admin API (Switchboard's own, not Twilio's), under {@code /sandbox}, with the same
 * Basic auth as the REST API: place inbound calls, script simulated phones, act on live calls and
 * read what a phone heard, mint Voice access tokens for trying clients. Phone behaviours are platform-wide (simulated numbers belong to nobody).
 */
public final class SandboxRoutes {
    public static final String PREFIX = "/sandbox";

    private SandboxRoutes() {}

    public static List<ApiRoute> all(SimulatedPhoneNetwork network, CallPlacer placer, Stores stores, CallClock clock,
            java.time.Clock wallClock) {
        SandboxCalls calls = new SandboxCalls(stores);
        ClockHandler clockHandler = new ClockHandler(clock);
        return List.of(
                ApiRoute.of("GET", "/Clock.json", clockHandler),
                ApiRoute.of("POST", "/Clock.json", clockHandler),
                ApiRoute.of("POST", "/Calls.json", new PlaceInboundCallHandler(placer)),
                ApiRoute.of("POST", "/Phones/{Number}.json", new SetPhoneBehaviourHandler(network)),
                ApiRoute.of("GET", "/Phones/{Number}.json", new FetchPhoneBehaviourHandler(network)),
                ApiRoute.of("DELETE", "/Phones/{Number}.json", new ResetPhoneBehaviourHandler(network)),
                ApiRoute.of("DELETE", "/Phones.json", req -> {
                    network.clearBehaviours();
                    return dev.switchboard.server.api.ApiResponse.noContent();
                }),
                ApiRoute.of("POST", "/Calls/{CallSid}/Digits.json", new PressDigitsHandler(network, calls)),
                ApiRoute.of("POST", "/Calls/{CallSid}/Hangup.json", new HangupPhoneHandler(network, calls)),
                ApiRoute.of("GET", "/Calls/{CallSid}/Heard.json", new ListHeardHandler(network, calls)),
                ApiRoute.of("POST", "/AccessTokens.json",
                        new MintAccessTokenHandler(stores.apiKeys(), stores.applications(), wallClock)));
    }
}
