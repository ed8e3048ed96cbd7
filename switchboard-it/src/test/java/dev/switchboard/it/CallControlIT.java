package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** REST update of live calls, inline TwiML, and the Calls create validation codes. */
class CallControlIT extends CallFixture {

    @Test
    void aRedirectInterruptsTheCurrentVerb() {
        app.enqueueTwiml("/voice", "<Response><Say>first</Say><Pause length=\"600\"/><Say>never</Say></Response>");
        app.enqueueTwiml("/next", "<Response><Say>redirected</Say></Response>");
        // hold virtual time so the long Pause is still running when the test redirects the call
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = Call.creator(new PhoneNumber("+15005550301"), new PhoneNumber("+15005550300"), URI.create(app.url("/voice")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> said(call.getSid()).contains("first"));
        http.postForm("/sandbox/Clock.json", "Advance=10"); // "first" ends; the Pause begins
        Call.updater(call.getSid()).setUrl(URI.create(app.url("/next"))).update(client);
        RecordedRequest next = app.takeRequest(Duration.ofSeconds(10));
        assertThat(next.path()).isEqualTo("/next");
        assertThat(next.form().get("CallStatus")).contains("in-progress");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(said(call.getSid())).containsExactly("first", "redirected");
    }

    @org.junit.jupiter.api.AfterEach
    void releaseClock() { http.postForm("/sandbox/Clock.json", "Hold=false"); }

    @Test
    void statusCompletedEndsALiveCallWhileTimeIsHeld() {
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = Call.creator(new PhoneNumber("+15005550304"), new PhoneNumber("+15005550300"),
                        new Twiml("<Response><Pause length=\"3000\"/><Say>never</Say></Response>"))
                .create(client);
        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(call.getSid()).fetch(client).getStatus() == Call.Status.IN_PROGRESS);
        http.postForm("/sandbox/Clock.json", "Advance=5");
        // canceled only ends queued or ringing calls: an answered call carries on
        Call.updater(call.getSid()).setStatus(Call.UpdateStatus.CANCELED).update(client);
        http.postForm("/sandbox/Clock.json", "Advance=1");
        assertThat(Call.fetcher(call.getSid()).fetch(client).getStatus()).isEqualTo(Call.Status.IN_PROGRESS);
        Call updated = Call.updater(call.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(client);
        assertThat(updated.getSid()).isEqualTo(call.getSid());
        Call done = awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(done.getDuration()).isEqualTo("6");
        assertThat(said(call.getSid())).isEmpty();
    }

    @Test
    void inlineTwimlRunsAndAnEndedCallCannotBeUpdated() {
        Call call = Call.creator(new PhoneNumber("+15005550302"), new PhoneNumber("+15005550300"),
                        new Twiml("<Response><Say>inline</Say><Pause length=\"3000\"/></Response>"))
                .create(client);
        await().atMost(Duration.ofSeconds(10)).until(() -> said(call.getSid()).contains("inline"));
        Call done = awaitStatus(call.getSid(), Call.Status.COMPLETED);
        assertThat(Integer.parseInt(done.getDuration())).isGreaterThanOrEqualTo(3000);
        assertThatThrownBy(() -> Call.updater(call.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21220));
    }

    @Test
    void createValidationAnswersTwilioCodes() {
        assertThatThrownBy(() -> Call.creator(new PhoneNumber("not-a-number"), new PhoneNumber("+15005550300"),
                URI.create(app.url("/voice"))).create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21211));
        assertThatThrownBy(() -> Call.creator(new PhoneNumber("+15005550303"), new PhoneNumber("bogus"),
                URI.create(app.url("/voice"))).create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21212));
        assertThatThrownBy(() -> Call.creator(new PhoneNumber("+15005550303"), new PhoneNumber("+15005550300"),
                URI.create("ftp://example.com/x")).create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21205));
        assertThatThrownBy(() -> Call.creator(new PhoneNumber("+15005550303"), new PhoneNumber("+15005550300"),
                "AP" + "0".repeat(32)).create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21218));
    }

    @Test
    void aCallToANumberAnAccountOwnsArrivesThereAsAnInboundCall() {
        com.twilio.rest.api.v2010.account.IncomingPhoneNumber.creator(new PhoneNumber("+15005550350"))
                .setVoiceUrl(URI.create(app.url("/ivr"))).create(client);
        app.enqueueTwiml("/ivr", "<Response><Gather numDigits=\"2\" action=\"/ivr-done\"><Say>Enter code</Say></Gather></Response>");
        app.enqueueTwiml("/ivr-done", "<Response><Say>Thanks</Say></Response>");
        app.enqueueTwiml("/outbound", "<Response><Pause length=\"20\"/></Response>");
        Call outbound = Call.creator(new PhoneNumber("+15005550350"), new PhoneNumber("+15005550300"), URI.create(app.url("/outbound")))
                .setSendDigits("42").create(client);
        RecordedRequest ringing = takePath("/ivr");
        assertThat(ringing.form().get("CallStatus")).contains("ringing");
        assertThat(ringing.form().get("Direction")).contains("inbound");
        assertThat(ringing.form().get("From")).contains("+15005550300");
        RecordedRequest done = takePath("/ivr-done");
        assertThat(done.form().get("Digits")).contains("42");
        awaitStatus(outbound.getSid(), Call.Status.COMPLETED);
    }

    private RecordedRequest takePath(String path) {
        while (true) {
            RecordedRequest r = app.takeRequest(Duration.ofSeconds(10));
            if (r.path().equals(path)) return r;
        }
    }
}
