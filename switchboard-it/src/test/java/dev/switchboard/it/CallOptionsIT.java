package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Machine detection, the legacy 2008-08-01 contract, ApplicationSid, and callbacks that misbehave. */
class CallOptionsIT extends CallFixture {

    @Test
    void machineDetectionReportsAnsweredByOnTheFirstRequestAndTheRecord() {
        phone("+15005550501", "AnsweredBy=machine_start");
        app.enqueueTwiml("/voice", "<Response><Hangup/></Response>");
        Call call = Call.creator(new PhoneNumber("+15005550501"), new PhoneNumber("+15005550500"), URI.create(app.url("/voice")))
                .setMachineDetection("Enable").create(client);
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("AnsweredBy")).contains("machine_start");
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getAnsweredBy()).isEqualTo("machine_start");
    }

    @Test
    void timeLimitCompletesACallParkedInALongPauseWhenItPasses() {
        app.enqueueTwiml("/voice", "<Response><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new PhoneNumber("+15005550520"), new PhoneNumber("+15005550500"), URI.create(app.url("/voice")))
                .setTimeLimit(30).create(client);
        Call ended = awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(ended.getDuration()).isEqualTo("30");
    }

    @Test
    void legacyApiVersionUsesGuidsDialStatusAndAnEndOfCallRequest() {
        IncomingPhoneNumber.creator(new PhoneNumber("+15005550510")).setApiVersion("2008-08-01")
                .setVoiceUrl(URI.create(app.url("/legacy"))).create(client);
        app.enqueueTwiml("/legacy", "<Response><Say>old school</Say></Response>");
        app.setDefault("/legacy", ScriptedResponse.status(200));
        var placed = http.postForm("/sandbox/Calls.json", "From=%2B14155550123&To=%2B15005550510");
        assertThat(placed.statusCode()).isEqualTo(201);
        RecordedRequest first = app.takeRequest(Duration.ofSeconds(10));
        assertThat(first.form().get("CallGuid")).isPresent();
        assertThat(first.form().get("AccountGuid")).contains(sb.accountSid);
        assertThat(first.form().get("DialStatus")).contains("answered");
        assertThat(first.form().get("Caller")).contains("+14155550123");
        assertThat(first.form().contains("CallSid")).isFalse();
        RecordedRequest end = app.takeRequest(Duration.ofSeconds(10));
        assertThat(end.path()).isEqualTo("/legacy");
        assertThat(end.form().get("CallStatus")).contains("completed");
        assertThat(end.form().contains("DialStatus")).isFalse();
    }

    @Test
    void applicationSidUsesTheApplicationsUrlsAndStatusCallback() {
        Application appResource = Application.creator().setVoiceUrl(URI.create(app.url("/app-voice?campaign=spring")))
                .setStatusCallback(URI.create(callbacks.url("/status"))).create(client);
        // <Hangup><Parameter> outside Application Connect: accepted and ignored, as Twilio does
        app.enqueueTwiml("/app-voice", "<Response><Say>from the app</Say><Hangup><Parameter name=\"a\" value=\"b\"/></Hangup></Response>");
        Call call = Call.creator(new PhoneNumber("+15005550520"), new PhoneNumber("+15005550500"), appResource.getSid())
                .create(client);
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("ApplicationSid")).contains(appResource.getSid());
        assertThat(voice.query().get("campaign")).contains("spring");
        RecordedRequest completed = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(completed.form().get("CallStatus")).contains("completed");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void aSlowOrFailingStatusCallbackNeverHoldsTheCallUp() {
        callbacks.setDefault("/status", ScriptedResponse.status(500).delayedBy(Duration.ofSeconds(2)));
        app.enqueueTwiml("/voice", "<Response><Say>quick</Say></Response>");
        long start = System.nanoTime();
        Call call = Call.creator(new PhoneNumber("+15005550530"), new PhoneNumber("+15005550500"), URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(callbacks.url("/status")))
                .setStatusCallbackEvent(java.util.List.of("initiated", "ringing", "answered", "completed")).create(client);
        app.takeRequest(Duration.ofSeconds(10));
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        for (String expected : new String[] {"initiated", "ringing", "in-progress", "completed"}) {
            assertThat(callbacks.takeRequest(Duration.ofSeconds(15)).form().get("CallStatus")).contains(expected);
        }
    }
}
