package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.base.ResourceSet;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A {@code <Dial>} with several nouns: parallel ringing (first answer wins) and {@code sequential}. */
class DialSeveralIT extends CallFixture {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Call callThatDials(String dial) {
        app.enqueueTwiml("/ivr", "<Response>" + dial + "</Response>");
        app.enqueueTwiml("/after", "<Response><Say>after the dial</Say></Response>");
        return Call.creator(new PhoneNumber("+15005550900"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
    }

    private RecordedRequest after() {
        app.takeRequest(WAIT); // /ivr
        RecordedRequest after = app.takeRequest(WAIT);
        assertThat(after.path()).isEqualTo("/after");
        return after;
    }

    private static List<Call> children(String parentSid) {
        ResourceSet<Call> set = Call.reader().setParentCallSid(parentSid).read(client);
        return StreamSupport.stream(set.spliterator(), false).sorted(Comparator.comparing(Call::getTo)).toList();
    }

    private static Map<String, Call.Status> statusByNumber(String parentSid) {
        return children(parentSid).stream().collect(Collectors.toMap(Call::getTo, Call::getStatus));
    }

    @Test
    void numbersRingTogetherAndTheFirstToAnswerWins() {
        phone("+15005550901", "AnswerAfter=10");
        phone("+15005550902", "AnswerAfter=3&HangupAfter=5");
        phone("+15005550903", "Answer=busy");
        Call parent = callThatDials("<Dial action=\"/after\" timeout=\"20\"><Number>+15005550901</Number>"
                + "<Number>+15005550902</Number><Number>+15005550903</Number></Dial>");

        RecordedRequest after = after();
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialBridged")).contains("true");
        assertThat(after.form().get("DialCallDuration")).contains("5");
        String winner = after.form().get("DialCallSid").orElseThrow();
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);

        assertThat(Call.fetcher(winner).fetch(client).getTo()).isEqualTo("+15005550902");
        assertThat(statusByNumber(parent.getSid())).isEqualTo(Map.of(
                "+15005550901", Call.Status.CANCELED, "+15005550902", Call.Status.COMPLETED, "+15005550903", Call.Status.BUSY));
        Call canceled = children(parent.getSid()).getFirst();
        assertThat(canceled.getDuration()).isEqualTo("0");
        assertThat(said(parent.getSid())).containsExactly("after the dial");
    }

    @Test
    void whenNobodyAnswersTheDialReportsNoAnswerAfterTheTimeout() {
        phone("+15005550904", "Answer=no-answer");
        phone("+15005550905", "Answer=busy");
        Call parent = callThatDials("<Dial action=\"/after\" timeout=\"7\"><Number>+15005550904</Number>"
                + "<Number>+15005550905</Number></Dial>");

        RecordedRequest after = after();
        assertThat(after.form().get("DialCallStatus")).contains("no-answer");
        assertThat(after.form().get("DialBridged")).contains("false");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(statusByNumber(parent.getSid()))
                .isEqualTo(Map.of("+15005550904", Call.Status.NO_ANSWER, "+15005550905", Call.Status.BUSY));
    }

    @Test
    void sequentialRingsOneAfterAnotherUntilOneAnswers() {
        phone("+15005550906", "Answer=no-answer");
        phone("+15005550907", "AnswerAfter=2&HangupAfter=4");
        phone("+15005550908", "AnswerAfter=1");
        Call parent = callThatDials("<Dial action=\"/after\" timeout=\"6\" sequential=\"true\"><Number>+15005550906</Number>"
                + "<Number>+15005550907</Number><Number>+15005550908</Number></Dial>");

        RecordedRequest after = after();
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        String winner = after.form().get("DialCallSid").orElseThrow();
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(Call.fetcher(winner).fetch(client).getTo()).isEqualTo("+15005550907");
        List<Call> legs = children(parent.getSid());
        assertThat(legs).extracting(Call::getTo).as("the third number is never rung").containsExactly("+15005550906", "+15005550907");
        assertThat(legs.get(0).getStatus()).isEqualTo(Call.Status.NO_ANSWER);
        assertThat(legs.get(1).getStartTime()).as("the second is rung when the first gave up")
                .isAfterOrEqualTo(legs.get(0).getEndTime());
    }

    @Test
    void aRestCancelStopsASimulatedPhoneRinging() {
        phone("+15005550909", "AnswerAfter=30");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        try {
            Call call = Call.creator(new PhoneNumber("+15005550909"), new PhoneNumber("+15005550700"),
                    URI.create(app.url("/never"))).create(client);
            awaitStatus(call.getSid(), Call.Status.RINGING);
            Call.updater(call.getSid()).setStatus(Call.UpdateStatus.CANCELED).update(client);
            assertThat(awaitStatus(call.getSid(), Call.Status.CANCELED).getStatus()).isEqualTo(Call.Status.CANCELED);
            app.assertNoMoreRequests();
        } finally {
            http.postForm("/sandbox/Clock.json", "Hold=false");
        }
    }
}
