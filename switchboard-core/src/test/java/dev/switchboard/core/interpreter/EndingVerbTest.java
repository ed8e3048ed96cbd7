package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code <Redirect>}, {@code <Hangup>}, {@code <Reject>}. */
class EndingVerbTest {
    final CallHarness call = new CallHarness();

    @Test
    void redirectResolvesRelativeUrlsAgainstTheCurrentDocument() {
        call.serve(URL, twiml("<Redirect method=\"GET\">../next?step=2</Redirect><Say>unreached</Say>"))
                .serve("https://app.example.com/next?step=2", twiml("<Redirect>/last</Redirect>"))
                .serve("https://app.example.com/last", twiml("<Hangup/>"));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().url()).isEqualTo("https://app.example.com/next?step=2");
        assertThat(call.documents.takeRequest().url()).isEqualTo("https://app.example.com/last");
        call.documents.assertNoMoreRequests();
        assertThat(call.leg.takeEvent()).isEqualTo("answer"); // Hangup answers first (spec §3.8)
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void hangupReturnsItsParameters() {
        call.serve(URL, twiml("<Hangup><Parameter name=\"result\" value=\"paid\"/></Hangup><Say>unreached</Say>"));
        CallEnd end = call.run();
        assertThat(end).isEqualTo(new CallEnd("completed", Map.of("result", "paid")));
    }

    @Test
    void rejectAsFirstVerbNeverAnswers() {
        call.serve(URL, twiml("<Reject/>"));
        CallEnd end = call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("reject rejected");
        call.leg.assertNoMoreEvents();
        assertThat(end.status()).isEqualTo("no-answer");
        assertThat(call.events).doesNotContain(new CallEvent.CallAnswered());
    }

    @Test
    void rejectBusyEndsTheCallBusyWithItsParameters() {
        call.serve(URL, twiml("<Reject reason=\"busy\"><Parameter name=\"why\" value=\"closed\"/></Reject>"));
        CallEnd end = call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("reject busy");
        assertThat(end).isEqualTo(new CallEnd("busy", Map.of("why", "closed")));
    }

    @Test
    void rejectAfterAnsweringHangsUp() {
        call.serve(URL, twiml("<Say>Hi</Say><Reject/>"));
        CallEnd end = call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Hi");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        assertThat(end.status()).isEqualTo("completed");
    }
}
