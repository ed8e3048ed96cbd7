package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code <Number url>} whispers: TwiML on the called party after it answers, before it is bridged. */
class DialWhisperIT extends CallFixture {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Call callThatDials(String noun) {
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\">" + noun + "</Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Say>after the dial</Say></Response>");
        return Call.creator(new PhoneNumber("+15005550800"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
    }

    @Test
    void aWhisperPlaysToTheCalledPartyThenBridges() {
        phone("+15005550801", "HangupAfter=20");
        app.enqueueTwiml("/whisper", "<Response><Say>Call from Alice about order 42</Say></Response>");
        Call parent = callThatDials("<Number url=\"whisper\" method=\"POST\">+15005550801</Number>");
        app.takeRequest(WAIT);

        RecordedRequest whisper = app.takeRequest(WAIT);
        assertThat(whisper.path()).isEqualTo("/whisper");
        assertThat(whisper.method()).isEqualTo("POST");
        assertThat(whisper.hasValidSignature(sb.authToken)).isTrue();
        assertThat(whisper.form().get("ParentCallSid")).contains(parent.getSid());
        assertThat(whisper.form().get("Direction")).contains("outbound-dial");
        assertThat(whisper.form().get("CallStatus")).contains("in-progress");
        assertThat(whisper.form().get("To")).contains("+15005550801");
        String childSid = whisper.form().get("CallSid").orElseThrow();

        RecordedRequest after = app.takeRequest(WAIT);
        assertThat(after.path()).isEqualTo("/after");
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialBridged")).contains("true");
        assertThat(after.form().get("DialCallSid")).contains(childSid);
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(said(childSid)).containsExactly("Call from Alice about order 42");
        assertThat(said(parent.getSid())).containsExactly("after the dial");
    }

    @Test
    void screeningAcceptsWithADigitAndDeclinesWithAHangUp() {
        phone("+15005550802", "Press=1:1&HangupAfter=30");
        phone("+15005550803", "Press=1:2&HangupAfter=30");
        String screen = "<Response><Gather numDigits=\"1\" action=\"/screened\" timeout=\"5\"><Say>Press 1 to accept</Say></Gather>"
                + "<Hangup/></Response>";
        app.setDefault("/screen", dev.switchboard.testing.webhook.ScriptedResponse.twiml(screen));

        Call accepted = callThatDials("<Number url=\"/screen\">+15005550802</Number>");
        app.takeRequest(WAIT);
        app.takeRequest(WAIT); // /screen
        app.enqueueTwiml("/screened", "<Response/>"); // empty: the whisper ends, the parties are bridged
        RecordedRequest screened = app.takeRequest(WAIT);
        assertThat(screened.form().get("Digits")).contains("1");
        RecordedRequest after = app.takeRequest(WAIT);
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialBridged")).contains("true");
        awaitStatus(accepted.getSid(), Call.Status.COMPLETED);

        Call declined = callThatDials("<Number url=\"/screen\">+15005550803</Number>");
        app.takeRequest(WAIT);
        app.takeRequest(WAIT); // /screen
        app.enqueueTwiml("/screened", "<Response><Say>Declined</Say><Hangup/></Response>");
        assertThat(app.takeRequest(WAIT).form().get("Digits")).contains("2");
        RecordedRequest afterDecline = app.takeRequest(WAIT);
        assertThat(afterDecline.form().get("DialCallStatus")).contains("no-answer");
        assertThat(afterDecline.form().get("DialBridged")).contains("false");
        String child = afterDecline.form().get("DialCallSid").orElseThrow();
        assertThat(awaitStatus(child, Call.Status.COMPLETED).getParentCallSid()).isEqualTo(declined.getSid());
        awaitStatus(declined.getSid(), Call.Status.COMPLETED);
        assertThat(said(declined.getSid())).containsExactly("after the dial");
    }

    @Test
    void aDialInsideAWhisperFailsWith13201AndTheDialFails() throws Exception {
        phone("+15005550804", "HangupAfter=30");
        app.enqueueTwiml("/whisper", "<Response><Dial>+15005550805</Dial></Response>");
        Call parent = callThatDials("<Number url=\"/whisper\">+15005550804</Number>");
        app.takeRequest(WAIT);
        app.takeRequest(WAIT); // /whisper
        RecordedRequest after = app.takeRequest(WAIT);
        assertThat(after.form().get("DialCallStatus")).contains("failed");
        String child = after.form().get("DialCallSid").orElseThrow();
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        JsonNode notifications = JSON.readTree(http.get("/2010-04-01/Accounts/" + sb.accountSid + "/Calls/" + child
                + "/Notifications.json").body());
        assertThat(notifications.toString()).contains("13201");
        assertThat(said(child)).containsExactly(dev.switchboard.core.interpreter.TwimlInterpreter.APPLICATION_ERROR);
    }
}
