package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecordTest {
    final CallHarness call = new CallHarness();

    @Test
    void emptyRecordingMakesNoRequestAndContinues() {
        call.serve(URL, twiml("<Record timeout=\"4\"/><Say>Nothing recorded</Say>"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("beep");
        assertThat(call.leg.takeEvent()).isEqualTo("record start");
        assertThat(call.leg.takeEvent()).isEqualTo("record stop 0s");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Nothing recorded");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        call.documents.takeRequest();
        call.documents.assertNoMoreRequests();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(1 + 4 + 3));
    }

    @Test
    void silenceAfterSpeechEndsTheRecordingAndPostsToTheCurrentDocument() {
        call.serve(URL, twiml("<Record playBeep=\"false\"/>")).serve(URL, twiml(""));
        call.leg.callerSpeaks(Duration.ofSeconds(12));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params()).isEqualTo(FormParams.of(
                "RecordingUrl", "https://media.example.com/RE1", "RecordingDuration", "12", "RecordingSid", "RE1"));
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(12 + 5));
    }

    @Test
    void finishOnKeyEndsTheRecordingAndIsSentAsDigits() {
        call.serve(URL, twiml("<Record action=\"/saved\" finishOnKey=\"#\" playBeep=\"false\"/>"))
                .serve("https://app.example.com/saved", twiml(""))
                .inputAt(Duration.ofSeconds(3), new CallInput.Digit('1'))
                .inputAt(Duration.ofSeconds(6), new CallInput.Digit('#'));
        call.leg.callerSpeaks(Duration.ofSeconds(60));
        call.run();
        call.documents.takeRequest();
        var action = call.documents.takeRequest();
        assertThat(action.params().get("Digits")).contains("#");
        assertThat(action.params().get("RecordingDuration")).contains("6");
    }

    @Test
    void maxLengthCapsTheRecording() {
        call.serve(URL, twiml("<Record maxLength=\"10\" playBeep=\"false\"/>")).serve(URL, twiml(""));
        call.leg.callerSpeaks(Duration.ofSeconds(60));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("RecordingDuration")).contains("10");
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void hangUpDuringRecordRequestsTheActionButRunsNothing() {
        call.serve(URL, twiml("<Record action=\"/saved\" playBeep=\"false\"/>"))
                .serve("https://app.example.com/saved", twiml("<Say>never</Say>"))
                .inputAt(Duration.ofSeconds(7), new CallInput.RemoteHangup());
        call.leg.callerSpeaks(Duration.ofSeconds(30));
        call.run();
        call.documents.takeRequest();
        var action = call.documents.takeRequest();
        assertThat(action.params().get("Digits")).contains("hangup");
        assertThat(action.params().get("RecordingDuration")).contains("7");
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("record start");
        assertThat(call.leg.takeEvent()).isEqualTo("record stop 7s");
        call.leg.assertNoMoreEvents();
    }
}
