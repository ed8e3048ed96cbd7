package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.interpreter.TwimlInterpreter.WhisperEnd;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Dial noun's {@code url} run on the answered called party before bridging (spec §2.4). */
class WhisperTest {
    final CallHarness call = new CallHarness();

    @Test
    void theEndOfTheDocumentConnectsWithoutHangingUp() {
        call.serve(URL, twiml("<Say>Call from Alice</Say>"));
        assertThat(call.runWhisper(URL)).isEqualTo(WhisperEnd.CONNECT);
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Call from Alice");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void screeningWithGatherConnectsOnTheActionsEmptyDocument() {
        call.serve(URL, twiml("<Gather numDigits=\"1\" action=\"screen\"><Say>Press 1 to accept</Say></Gather>"))
                .serve("https://app.example.com/voice/screen", twiml(""))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('1'));
        assertThat(call.runWhisper(URL)).isEqualTo(WhisperEnd.CONNECT);
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("Digits")).contains("1");
    }

    @Test
    void hangupDeclinesTheCall() {
        call.serve(URL, twiml("<Say>Not now</Say><Hangup/><Say>unreached</Say>"));
        assertThat(call.runWhisper(URL)).isEqualTo(WhisperEnd.HUNG_UP);
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Not now");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
    }

    @Test
    void theCalledPartyHangingUpDuringTheWhisperDeclinesIt() {
        call.serve(URL, twiml("<Pause length=\"30\"/>")).inputAt(Duration.ofSeconds(3), new CallInput.RemoteHangup());
        assertThat(call.runWhisper(URL)).isEqualTo(WhisperEnd.HUNG_UP);
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void dialIsRefusedWith13201() {
        call.serve(URL, twiml("<Dial>+15005550006</Dial>"));
        assertThat(call.runWhisper(URL)).isEqualTo(WhisperEnd.FAILED);
        assertThat(call.events).anyMatch(e -> e instanceof CallEvent.CallFailed f && f.code() == 13201);
        assertThat(call.dialer.dials).isEmpty();
    }
}
