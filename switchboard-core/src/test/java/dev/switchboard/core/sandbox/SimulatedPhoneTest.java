package dev.switchboard.core.sandbox;

import static dev.switchboard.core.sandbox.SandboxHarness.ACCOUNT;
import static dev.switchboard.core.sandbox.SandboxHarness.BASE;
import static dev.switchboard.core.sandbox.SandboxHarness.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.interpreter.CallLeg;
import dev.switchboard.core.sandbox.HeardEvent.By;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedPhoneTest {
    final SandboxHarness h = new SandboxHarness();
    final SimulatedPhone phone = new SimulatedPhone(CALL, "+15005550006",
            PhoneBehaviour.DEFAULT.withSpeechDuration(Duration.ofSeconds(4)), h.clock, h.inbox, BASE, ACCOUNT);

    @Test
    void heardEventsKeepTheirOrderTimeVoiceAndLanguage() {
        h.onCall(() -> {
            phone.answer();
            h.clock.sleep(phone.say("Hello there", "Polly.Amy", "en-GB"));
            h.clock.sleep(Duration.ofSeconds(2)); // a <Pause>: only a gap
            h.clock.sleep(phone.play("https://cdn.example.com/a.mp3"));
            h.clock.sleep(phone.playDigits("12w3"));
            phone.playBeep();
            phone.stopMedia();
            phone.hangup();
            phone.say("too late", "man", "en-US");
        });
        assertThat(phone.heard()).containsExactly(
                new HeardEvent.Answered(h.at(0)),
                new HeardEvent.SaidText(h.at(0), "Hello there", "Polly.Amy", "en-GB"),
                new HeardEvent.PlayedUrl(h.at(3), "https://cdn.example.com/a.mp3"),
                new HeardEvent.HeardDigits(h.at(5), "12w3"),
                new HeardEvent.HeardBeep(h.at(5.8)),
                new HeardEvent.MediaStopped(h.at(5.8)),
                new HeardEvent.HungUp(h.at(5.8), By.PLATFORM));
    }

    @Test
    void mediaTakesItsDocumentedTime() {
        assertThat(phone.say("one two three four five", "man", "en-US")).isEqualTo(Duration.ofSeconds(2));
        assertThat(phone.say("Hi", "man", "en-US")).isEqualTo(Duration.ofSeconds(1));
        assertThat(phone.say("  ", "man", "en-US")).isEqualTo(Duration.ofSeconds(1));
        assertThat(phone.play("https://cdn.example.com/a.mp3")).isEqualTo(Duration.ofSeconds(2));
        assertThat(phone.playDigits("1234")).isEqualTo(Duration.ofMillis(400));
        assertThat(phone.playDigits("1ww2")).isEqualTo(Duration.ofMillis(1200));
        assertThat(phone.playBeep()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRecordingHearsTheScriptedSpeechAndIsStoredUnderTheAccount() {
        assertThat(phone.startRecording()).isEqualTo(Duration.ofSeconds(4));
        CallLeg.Recording r = phone.stopRecording(Duration.ofSeconds(4));
        assertThat(Sids.isValid(r.sid(), SidPrefix.RECORDING)).isTrue();
        assertThat(r.url()).isEqualTo(BASE + "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + r.sid());
        assertThat(r.duration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(phone.heard()).containsExactly(
                new HeardEvent.RecordingStarted(h.at(0)), new HeardEvent.RecordingStopped(h.at(0), r.sid(), Duration.ofSeconds(4)));
    }

    @Test
    void aRejectedCallerNeverAnswersNorRunsItsScript() {
        SimulatedPhone caller = new SimulatedPhone(CALL, "+15005550001",
                PhoneBehaviour.DEFAULT.withPress(Duration.ZERO, "1"), h.clock, h.inbox, BASE, ACCOUNT);
        h.onCall(() -> {
            caller.reject("busy");
            caller.answer();
            h.clock.sleep(Duration.ofSeconds(10));
        });
        assertThat(caller.isAnswered()).isFalse();
        assertThat(h.drain()).isEmpty();
        assertThat(caller.heard()).containsExactly(new HeardEvent.Rejected(h.at(0), "busy"));
    }
}
