package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.twiml.HttpMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlFlowTest {
    final CallHarness call = new CallHarness();

    @Test
    void endOfDocumentHangsUp() {
        call.serve(URL, twiml("<Say>Hi</Say>"));
        CallEnd end = call.run();
        assertThat(end.status()).isEqualTo("completed");
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Hi");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        assertThat(call.events).endsWith(new CallEvent.CallHungUp("twiml"));
    }

    @Test
    void restRedirectInputInterruptsAPause() {
        call.serve(URL, twiml("<Pause length=\"30\"/><Say>unreached</Say>"))
                .serve("https://other.example.com/new", twiml("<Say>Redirected</Say>"))
                .inputAt(Duration.ofSeconds(12), new CallInput.Redirect("https://other.example.com/new", HttpMethod.GET));
        call.run();
        call.documents.takeRequest();
        var redirected = call.documents.takeRequest();
        assertThat(redirected.url()).isEqualTo("https://other.example.com/new");
        assertThat(redirected.method()).isEqualTo(HttpMethod.GET);
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Redirected");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(12 + 3));
    }

    @Test
    void restTwimlInputReplacesTheDocument() {
        call.serve(URL, twiml("<Play>hold.mp3</Play>"))
                .inputAt(Duration.ofSeconds(2), new CallInput.RedirectTwiml(twiml("<Say>Now this</Say>")));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("play https://app.example.com/voice/hold.mp3");
        assertThat(call.leg.takeEvent()).isEqualTo("stop media");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Now this");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void restCompleteEndsTheCall() {
        call.serve(URL, twiml("<Say loop=\"0\">forever</Say>"))
                .inputAt(Duration.ofSeconds(10), new CallInput.Complete());
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(10));
        assertThat(call.events).endsWith(new CallEvent.CallHungUp("api"));
    }

    @Test
    void aFailedFetchPlaysTwiliosApplicationErrorAndFailsTheCall() {
        CallEnd end = call.run("https://app.example.com/missing");
        assertThat(end.status()).isEqualTo("failed");
        assertThat(call.events).contains(new CallEvent.CallFailed(11200, "no response scripted for https://app.example.com/missing"));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say woman/en-US: " + TwimlInterpreter.APPLICATION_ERROR);
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void remoteHangupDuringASayStopsExecution() {
        call.serve(URL, twiml("<Say>One</Say><Say>Two</Say>"))
                .inputAt(Duration.ofSeconds(2), new CallInput.RemoteHangup());
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: One");
        assertThat(call.leg.takeEvent()).isEqualTo("stop media");
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void unsupportedVerbsWarnAndContinue() {
        call.serve(URL, twiml("<Echo/><Say>after</Say>"));
        call.run();
        assertThat(call.events).contains(new CallEvent.WarningRaised(12200,
                "Schema validation warning: <Echo> is not yet executed by Switchboard; skipped"));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: after");
    }
}
