package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.webhook.FormParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatherTest {
    final CallHarness call = new CallHarness();

    @Test
    void gatherFallsThroughWhenNoDigitsArrive() {
        call.serve(URL, twiml("<Gather action=\"/menu\"><Say>Press 1</Say></Gather><Say>Goodbye</Say>"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Press 1");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Goodbye");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        assertThat(call.documents.takeRequest().url()).isEqualTo(URL);
        call.documents.assertNoMoreRequests();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(3 + 5 + 3)); // prompt, timeout, goodbye
    }

    @Test
    void gatherWithDigitsPostsDigitsToTheResolvedAction() {
        call.serve(URL, twiml("<Gather action=\"menu\" method=\"GET\" timeout=\"7\"/>"))
                .serve("https://app.example.com/voice/menu", twiml("<Hangup/>"))
                .inputAt(Duration.ofSeconds(2), new CallInput.Digit('4'), new CallInput.Digit('2'));
        call.run();
        call.documents.takeRequest();
        var action = call.documents.takeRequest();
        assertThat(action.url()).isEqualTo("https://app.example.com/voice/menu");
        assertThat(action.method()).isEqualTo(HttpMethod.GET);
        assertThat(action.params()).isEqualTo(FormParams.of("Digits", "42", "FinishedOnKey", ""));
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(2 + 7));
        assertThat(call.events).contains(new CallEvent.DigitsGathered("42", ""));
    }

    @Test
    void gatherWithoutActionRequestsTheCurrentDocumentAgain() {
        call.serve(URL, twiml("<Gather numDigits=\"1\"/>"))
                .serve(URL, twiml("<Say>Thanks</Say>"))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('9'));
        call.run();
        call.documents.takeRequest();
        var again = call.documents.takeRequest();
        assertThat(again.url()).isEqualTo(URL);
        assertThat(again.method()).isEqualTo(HttpMethod.POST);
        assertThat(again.params().get("Digits")).contains("9");
        call.documents.assertNoMoreRequests();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(1 + 3)); // numDigits ends at once
    }

    @Test
    void actionOnEmptyResultRequestsTheActionWithEmptyDigits() {
        call.serve(URL, twiml("<Gather action=\"/empty\" actionOnEmptyResult=\"true\" timeout=\"3\"/><Say>never</Say>"))
                .serve("https://app.example.com/empty", twiml(""));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params()).isEqualTo(FormParams.of("Digits", "", "FinishedOnKey", ""));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void finishOnKeyEndsInputAndIsNotPartOfDigits() {
        call.serve(URL, twiml("<Gather action=\"/a\" finishOnKey=\"*\"/>"))
                .serve("https://app.example.com/a", twiml(""))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('1'), new CallInput.Digit('2'), new CallInput.Digit('*'));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params()).isEqualTo(FormParams.of("Digits", "12", "FinishedOnKey", "*"));
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void finishOnKeyAloneCountsAsEmptyInputAndFallsThrough() {
        call.serve(URL, twiml("<Gather action=\"/a\"/><Say>Nothing</Say>"))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('#'));
        call.run();
        call.documents.takeRequest();
        call.documents.assertNoMoreRequests();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Nothing");
        assertThat(call.events).contains(new CallEvent.DigitsGathered("", "#"));
    }

    @Test
    void numDigitsEndsInputWhenReachedAndLeavesLaterDigitsUnread() {
        call.serve(URL, twiml("<Gather action=\"/a\" numDigits=\"2\"/>"))
                .serve("https://app.example.com/a", twiml(""))
                .inputAt(Duration.ofSeconds(2), new CallInput.Digit('1'), new CallInput.Digit('2'), new CallInput.Digit('3'));
        call.run();
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("Digits")).contains("12");
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void digitsPressedDuringANestedSayInterruptIt() {
        call.serve(URL, twiml("<Gather action=\"/a\" numDigits=\"1\"><Say>Long menu</Say><Play>beep.mp3</Play></Gather>"))
                .serve("https://app.example.com/a", twiml(""))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('5'));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Long menu");
        assertThat(call.leg.takeEvent()).isEqualTo("stop media");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup"); // the Play never started
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void withoutBargeInDigitsWaitForThePromptToFinish() {
        call.serve(URL, twiml("<Gather action=\"/a\" numDigits=\"1\" bargeIn=\"false\"><Say>Listen</Say></Gather>"))
                .serve("https://app.example.com/a", twiml(""))
                .inputAt(Duration.ofSeconds(1), new CallInput.Digit('5'));
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(3));
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("Digits")).contains("5");
    }

    @Test
    void timeoutRestartsAfterEachDigit() {
        call.serve(URL, twiml("<Gather action=\"/a\" timeout=\"5\"/>"))
                .serve("https://app.example.com/a", twiml(""))
                .inputAt(Duration.ofSeconds(4), new CallInput.Digit('1'))
                .inputAt(Duration.ofSeconds(8), new CallInput.Digit('2'));
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(8 + 5));
        call.documents.takeRequest();
        assertThat(call.documents.takeRequest().params().get("Digits")).contains("12");
    }

    @Test
    void hangUpMidGatherEndsTheScript() {
        call.serve(URL, twiml("<Gather action=\"/a\"><Say>Menu</Say></Gather><Say>unreached</Say>"))
                .inputAt(Duration.ofSeconds(4), new CallInput.Digit('1'), new CallInput.RemoteHangup());
        CallEnd end = call.run();
        assertThat(end.status()).isEqualTo("completed");
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: Menu");
        call.leg.assertNoMoreEvents();
        call.documents.takeRequest();
        call.documents.assertNoMoreRequests();
        assertThat(call.events).endsWith(new CallEvent.CallHungUp("caller"));
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(4));
    }
}
