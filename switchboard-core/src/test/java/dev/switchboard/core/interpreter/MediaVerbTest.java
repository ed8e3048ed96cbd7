package dev.switchboard.core.interpreter;

import static dev.switchboard.core.interpreter.CallHarness.URL;
import static dev.switchboard.core.interpreter.CallHarness.twiml;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code <Say>}, {@code <Play>}, {@code <Pause>}. */
class MediaVerbTest {
    final CallHarness call = new CallHarness();

    @Test
    void sayUsesVoiceAndLanguageAndLoops() {
        call.serve(URL, twiml("<Say voice=\"Polly.Amy\" language=\"en-GB\" loop=\"2\">Hello</Say>"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("say Polly.Amy/en-GB: Hello");
        assertThat(call.leg.takeEvent()).isEqualTo("say Polly.Amy/en-GB: Hello");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        call.leg.assertNoMoreEvents();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void digitsDuringASayOutsideGatherAreIgnored() {
        call.serve(URL, twiml("<Say>Hi</Say>")).inputAt(Duration.ofSeconds(1), new CallInput.Digit('1'));
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void playResolvesRelativeUrlsAndPlaysDigits() {
        call.serve(URL, twiml("<Play>../music/hold.mp3</Play><Play digits=\"12w\"/>"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("play https://app.example.com/music/hold.mp3");
        assertThat(call.leg.takeEvent()).isEqualTo("digits 12w");
        assertThat(call.leg.takeEvent()).isEqualTo("hangup");
        assertThat(call.elapsed()).isEqualTo(Duration.ofMillis(5000 + 1500));
    }

    @Test
    void playLoopZeroIsCappedAtAThousandRounds() {
        call.serve(URL, twiml("<Play loop=\"0\">a.mp3</Play>"));
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(5L * Playback.MAX_LOOPS));
    }

    @Test
    void aThirtySecondPauseTakesThirtyVirtualSeconds() {
        call.serve(URL, twiml("<Say>a</Say><Pause length=\"30\"/><Say>b</Say>"));
        call.run();
        assertThat(call.elapsed()).isEqualTo(Duration.ofSeconds(36));
    }

    @Test
    void aLeadingPauseDelaysAnswering() {
        call.serve(URL, twiml("<Pause length=\"4\"/><Say>late</Say>"));
        call.run();
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.events.indexOf(new CallEvent.CallAnswered()))
                .isGreaterThan(call.events.indexOf(new CallEvent.VerbStarted("Pause")));
    }

    @Test
    void anUnplayablePlayWarnsWithItsCodeAndTheCallGoesOn() {
        call.leg.unplayable.add("https://app.example.com/page.html");
        call.serve(URL, twiml("<Play loop=\"3\">https://app.example.com/page.html</Play><Say>after</Say>"));
        call.run();
        assertThat(call.events).contains(new CallEvent.WarningRaised(13420,
                "Play: Invalid Content-Type: https://app.example.com/page.html answered text/html"));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).as("no second round").isEqualTo("play https://app.example.com/page.html");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: after");
    }

    @Test
    void insideGatherTheCodeIsGathersAndTheNextPromptPlays() {
        call.leg.unplayable.add("https://app.example.com/page.html");
        call.serve(URL, twiml("<Gather timeout=\"1\"><Play>https://app.example.com/page.html</Play><Say>next</Say></Gather>"));
        call.run();
        assertThat(call.events).contains(new CallEvent.WarningRaised(13325,
                "Gather->Play: Invalid Content-Type: https://app.example.com/page.html answered text/html"));
        assertThat(call.leg.takeEvent()).isEqualTo("answer");
        assertThat(call.leg.takeEvent()).isEqualTo("play https://app.example.com/page.html");
        assertThat(call.leg.takeEvent()).isEqualTo("say man/en-US: next");
    }
}
