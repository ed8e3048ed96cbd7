package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <Dial><Number>} to simulated phones: child legs, action parameters, fall-through. */
class DialIT extends CallFixture {

    @Test
    void aDialWithActionReportsTheChildLegAndItsDuration() {
        phone("+15005550402", "HangupAfter=42");
        app.enqueueTwiml("/voice", "<Response><Dial action=\"/dialed\" timeout=\"20\">"
                + "<Number statusCallback=\"" + callbacks.url("/status") + "\" statusCallbackEvent=\"initiated ringing answered completed\">"
                + "+15005550402</Number></Dial><Say>unreachable</Say></Response>");
        app.enqueueTwiml("/dialed", "<Response><Say>after dial</Say></Response>");
        Call parent = Call.creator(new PhoneNumber("+15005550401"), new PhoneNumber("+15005550400"), URI.create(app.url("/voice")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest dialed = app.takeRequest(Duration.ofSeconds(10));
        assertThat(dialed.path()).isEqualTo("/dialed");
        assertThat(dialed.form().get("DialCallStatus")).contains("completed");
        assertThat(dialed.form().get("DialCallDuration")).contains("42");
        assertThat(dialed.form().get("DialBridged")).contains("true");
        String childSid = dialed.form().get("DialCallSid").orElseThrow();

        List<RecordedRequest> child = new ArrayList<>();
        for (int i = 0; i < 4; i++) child.add(callbacks.takeRequest(Duration.ofSeconds(10)));
        assertThat(child).extracting(r -> r.form().get("CallStatus").orElseThrow())
                .containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(child).allSatisfy(r -> {
            assertThat(r.form().get("CallSid")).contains(childSid);
            assertThat(r.form().get("ParentCallSid")).contains(parent.getSid());
            assertThat(r.form().get("Direction")).contains("outbound-dial");
        });

        Call childCall = awaitStatus(childSid, Call.Status.COMPLETED);
        assertThat(childCall.getParentCallSid()).isEqualTo(parent.getSid());
        assertThat(childCall.getDirection()).isEqualTo("outbound-dial");
        assertThat(childCall.getFrom()).isEqualTo("+15005550400");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(said(parent.getSid())).containsExactly("after dial");
    }

    @Test
    void aBusyNumberGivesDialCallStatusBusyAndWithoutActionTheDocumentContinues() {
        phone("+15005550403", "Answer=busy");
        phone("+15005550404", "Answer=no-answer");
        app.enqueueTwiml("/voice", "<Response><Dial action=\"/busy\">+15005550403</Dial></Response>");
        app.enqueueTwiml("/busy", "<Response><Dial timeout=\"7\">+15005550404</Dial><Say>fell through</Say></Response>");
        Call parent = Call.creator(new PhoneNumber("+15005550401"), new PhoneNumber("+15005550400"), URI.create(app.url("/voice")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest busy = app.takeRequest(Duration.ofSeconds(10));
        assertThat(busy.form().get("DialCallStatus")).contains("busy");
        assertThat(busy.form().get("DialBridged")).contains("false");
        Call done = awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(said(parent.getSid())).containsExactly("fell through");
        assertThat(Integer.parseInt(done.getDuration())).isGreaterThanOrEqualTo(7); // rang the no-answer phone for the timeout
    }

    @Test
    void hangupOnStarDropsTheCalleeAndContinues() {
        phone("+15005550401", "Press=5:*");
        app.enqueueTwiml("/voice", "<Response><Dial hangupOnStar=\"true\" action=\"/after\">+15005550405</Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Say>star pressed</Say></Response>");
        Call parent = Call.creator(new PhoneNumber("+15005550401"), new PhoneNumber("+15005550400"), URI.create(app.url("/voice")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        int dialSeconds = Integer.parseInt(after.form().get("DialCallDuration").orElseThrow());
        assertThat(dialSeconds).isBetween(4, 5);
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(said(parent.getSid())).containsExactly("star pressed");
    }
}
