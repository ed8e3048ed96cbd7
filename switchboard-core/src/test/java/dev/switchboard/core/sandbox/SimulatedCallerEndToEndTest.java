package dev.switchboard.core.sandbox;

import static dev.switchboard.core.sandbox.SandboxHarness.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.interpreter.CallEnd;
import dev.switchboard.core.interpreter.CallEvent;
import dev.switchboard.core.interpreter.DocumentSource;
import dev.switchboard.core.interpreter.Fetched;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.core.sandbox.HeardEvent.By;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.twiml.TwimlParser;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The real interpreter driving a simulated caller: its scripted keys feed a {@code <Gather>}. */
class SimulatedCallerEndToEndTest {
    static final String FROM = "+15005550001";
    static final String START = "https://app.example.com/voice";
    static final String MENU = "https://app.example.com/menu";

    final SandboxHarness h = new SandboxHarness();
    final List<FormParams> menuRequests = new CopyOnWriteArrayList<>();

    @Test
    void aCallersScriptedDigitsAreGatheredAndItHearsEverySayInOrder() {
        Map<String, String> app = Map.of(
                START, "<Response><Gather action=\"/menu\" timeout=\"5\"><Say>Press four two</Say></Gather></Response>",
                MENU, "<Response><Say voice=\"Polly.Amy\" language=\"en-GB\">You pressed</Say></Response>");
        DocumentSource documents = (url, method, params) -> {
            if (url.equals(MENU)) menuRequests.add(params);
            try {
                return new Fetched.Document(TwimlParser.parse(app.get(url)), url);
            } catch (Exception e) {
                return new Fetched.Failed(12100, e.getMessage());
            }
        };
        h.network.setBehaviour(FROM, PhoneBehaviour.DEFAULT.withPress(Duration.ofSeconds(2), "42#"));
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        CallEnd[] end = new CallEnd[1];

        h.onCall(() -> {
            SimulatedPhone caller = h.network.caller(CALL, FROM, h.inbox);
            TwimlInterpreter interpreter = new TwimlInterpreter(documents, caller,
                    (dial, inputs) -> { throw new AssertionError("no Dial here"); }, events::add, h.clock, h.inbox);
            end[0] = interpreter.run(START, HttpMethod.POST);
        });

        assertThat(end[0].status()).isEqualTo("completed");
        assertThat(menuRequests).containsExactly(FormParams.of("Digits", "42", "FinishedOnKey", "#"));
        assertThat(h.network.heard(CALL)).containsExactly(
                new HeardEvent.Answered(h.at(0)),
                new HeardEvent.SaidText(h.at(0), "Press four two", "man", "en-US"),
                new HeardEvent.PressedDigits(h.at(2), "42#"),
                new HeardEvent.SaidText(h.at(2), "You pressed", "Polly.Amy", "en-GB"),
                new HeardEvent.HungUp(h.at(3), By.PLATFORM));
        assertThat(h.drain()).isEmpty();
    }
}
