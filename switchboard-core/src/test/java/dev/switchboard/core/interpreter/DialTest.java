package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DialTest {
    final CallHarness call = new CallHarness();

    @Test
    void dialWithoutActionFallsThroughToTheNextVerb() {
        call.serve(URL, twiml("<Dial>+15551230000</Dial><Say>After</Say>"));
        call.dialer.enqueue(Duration.ofSeconds(20), DialOutcome.notConnected("no-answer", "CA1"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: After");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        call.documents.takeRequest();
        call.documents.assertNoMoreRequests();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(23));
    }

    @Test
    void answerOnBridgeLeavesTheCallerUnansweredForTheConnector() {
        call.serve(URL, twiml("<Dial answerOnBridge=\"true\"><Number>+15551230000</Number></Dial><Say>After</Say>"));
        call.dialer.enqueue(Duration.ofSeconds(20), DialOutcome.notConnected("no-answer", "CA1"));
        call.run();
        assertThat(call.leg.takeEvent()).as("answered by the Say after the Dial, not by the Dial").isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: After");
        assertThat(call.events.indexOf(new CallEvent.CallAnswered()))
                .isGreaterThan(call.events.indexOf(new CallEvent.DialEnded("no-answer")));
    }

    @Test
    void answerOnBridgeDoesNotDelayAConferenceDial() {
        call.serve(URL, twiml("<Dial answerOnBridge=\"true\"><Conference>room</Conference></Dial>"));
        call.dialer.enqueue(Duration.ofSeconds(5), DialOutcome.notConnected("answered", "CA1"));
        call.run();
        assertThat(call.events.indexOf(new CallEvent.CallAnswered()))
                .isLessThan(call.events.indexOf(new CallEvent.DialEnded("answered")));
    }

    @Test
    void dialWithActionPostsTheDialResultsAndRunsTheReturnedTwiml() {
        call.serve(URL, twiml("<Dial action=\"done\"><Number>+15551230000</Number></Dial><Say>unreached</Say>"))
                .serve("https://app.example.com/voice/done", twiml("<Say>Bye</Say>"));
        call.dialer.enqueue(Duration.ofSeconds(42), DialOutcome.completed("CA123", 40));
        call.run();
        call.documents.takeRequest();
        var action = call.documents.takeRequest();
        assertThat(action.url()).isEqualTo("https://app.example.com/voice/done");
        assertThat(action.params()).isEqualTo(FormParams.of(
                "DialCallStatus", "completed", "DialCallSid", "CA123", "DialCallDuration", "40", "DialBridged", "true"));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Bye");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void applicationReturnParametersArriveAsReturnParam() {
        call.serve(URL, twiml("<Dial action=\"/r\"><Application><ApplicationSid>AP00000000000000000000000000000000</ApplicationSid></Application></Dial>"))
                .serve("https://app.example.com/r", twiml(""));
        call.dialer.enqueue(Duration.ofSeconds(5), DialOutcome.completed("CA9", 5).withReturnParams(Map.of("result", "ok")));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("ReturnParam_result")).contains("ok");
    }

    @Test
    void conferenceDialOmitsDialCallSidAndDuration() {
        call.serve(URL, twiml("<Dial action=\"/c\"><Conference>room</Conference></Dial>"))
                .serve("https://app.example.com/c", twiml(""));
        call.dialer.enqueue(Duration.ofSeconds(60), new DialOutcome("answered", Optional.of("CA7"), OptionalLong.of(60), true,
                Map.of(), Map.of(), Optional.empty()));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params()).isEqualTo(FormParams.of("DialCallStatus", "answered", "DialBridged", "true"));
    }

    @Test
    void callerHangingUpDuringDialStillRequestsTheActionButRunsNothing() {
        call.serve(URL, twiml("<Dial action=\"/after\">+15551230000</Dial>"))
                .serve("https://app.example.com/after", twiml("<Say>never heard</Say>"))
                .inputAt(Duration.ofSeconds(10), new CallInput.RemoteHangup());
        call.dialer.enqueue(Duration.ofSeconds(30), DialOutcome.completed("CA5", 8));
        call.run();
        call.documents.takeRequest();
        var action = call.documents.takeRequest();
        assertThat(action.params().get("CallStatus")).contains("completed");
        assertThat(action.params().get("DialCallStatus")).contains("completed");
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(10));
    }
}
