package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Sip;
import com.twilio.type.Twiml;
import dev.switchboard.it.support.Sipp;
import dev.switchboard.it.support.SippScenarios;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls out to SIP phones (spec §2), with sipp as the phone: REST {@code To=sip:…} and {@code <Dial><Sip>} deliver
 * the URI's headers (X- as written, the seed's {@code displayName}/{@code customerID} too), digest answers a
 * challenge, and the far end's final answer comes back as {@code DialCallStatus}, {@code DialSipResponseCode},
 * {@code DialSipCallId} and {@code DialSipHeader_X-…}.
 */
class SipOutboundIT extends dev.switchboard.it.support.SipServerPerClass {

    @BeforeAll
    static void peer() {
        Sipp.assumePresent();
    }

    private static Call awaitStatus(Call created, Call.Status status) {
        await().atMost(Duration.ofSeconds(15)).until(() -> Call.fetcher(created.getSid()).fetch(main).getStatus() == status);
        return Call.fetcher(created.getSid()).fetch(main);
    }

    @Test
    void aRestCallToASipUriDeliversEveryPairOfItsQueryToThePhone() throws Exception {
        try (Sipp.Running phone = Sipp.in(run).named("uas-rest").serve(SippScenarios.uasAnswersThenWaitsForBye(
                "X-customerID", "375d1d60-083b-404d", "X-selectedProductID", "87144192-73e2-45a6",
                "X-Twilio-CallSid", "CA[0-9a-f]{32}", "X-Twilio-AccountSid", sb.accountSid,
                "From", "\"?Alice\"? <sip:Jack@"), "u1", 1)) {
            String to = "sip:bob@127.0.0.1:" + phone.port()
                    + "?displayName=Alice&customerID=375d1d60-083b-404d&X-selectedProductID=87144192-73e2-45a6";
            Call created = Call.creator(new Sip(to), new PhoneNumber("Jack"),
                    new Twiml("<Response><Say>Hi</Say><Hangup/></Response>")).create(main);
            assertThat(created.getTo()).isEqualTo(to);
            assertThat(phone.await()).as(phone.trace()).isZero();
            Call done = awaitStatus(created, Call.Status.COMPLETED);
            assertThat(done.getDirection()).isEqualTo("outbound-api");
        }
    }

    @Test
    void aRestCallToSipIsValidatedWithTwiliosCodes() {
        Twiml twiml = new Twiml("<Response><Hangup/></Response>");
        assertThatCode(() -> Call.creator(new Sip("sip:bob@127.0.0.1"), new PhoneNumber("Jack"), twiml)
                .setSipAuthUsername("pbxuser").create(main), 21225);
        assertThatCode(() -> Call.creator(new Sip("sip:bob@127.0.0.1?X-" + "a".repeat(1100) + "=1"), new PhoneNumber("Jack"),
                twiml).create(main), 21227);
        assertThatCode(() -> Call.creator(new Sip("sip:bob@127.0.0.1?X-bad%20name=1"), new PhoneNumber("Jack"), twiml)
                .create(main), 21228);
        assertThatCode(() -> Call.creator(new Sip("sip:bob@127.0.0.1"), new PhoneNumber("Jack Smith"), twiml).create(main), 21212);
        assertThatCode(() -> Call.creator(new Sip("sip:"), new PhoneNumber("Jack"), twiml).create(main), 21211);
    }

    private static void assertThatCode(Runnable create, int code) {
        try {
            create.run();
            throw new AssertionError("expected Twilio error " + code);
        } catch (com.twilio.exception.ApiException e) {
            assertThat(e.getCode()).as(e.getMessage()).isEqualTo(code);
        }
    }

    @Test
    void dialSipConnectsAndTheActionGetsTheSipCallIdAndCode() throws Exception {
        try (Sipp.Running phone = Sipp.in(run).named("uas-dial").serve(SippScenarios.uasAnswersThenHangsUp(1500), "u1", 1)) {
            String twiml = "<Response><Dial action=\"" + app.url("/dialed") + "\"><Sip>sip:bob@127.0.0.1:" + phone.port()
                    + "?X-Route=r%3D1</Sip></Dial></Response>";
            app.enqueue("/dialed", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call.creator(new PhoneNumber("+14155550123"), new PhoneNumber("+14155550100"), new Twiml(twiml)).create(main);
            RecordedRequest dialed = app.takeRequest(Duration.ofSeconds(15));
            assertThat(phone.await()).as(phone.trace()).isZero();
            var f = dialed.form();
            assertThat(f.get("DialCallStatus")).contains("completed");
            assertThat(f.get("DialSipResponseCode")).contains("200");
            assertThat(f.get("DialSipCallId")).hasValueSatisfying(id -> assertThat(phone.trace()).contains("Call-ID: " + id));
            assertThat(f.get("DialCallDuration").map(Integer::parseInt)).hasValueSatisfying(s -> assertThat(s).isBetween(1, 3));
        }
    }

    @Test
    void aBusyPhoneGivesBusyWithItsXHeadersInTheAction() throws Exception {
        try (Sipp.Running phone = Sipp.in(run).named("uas-busy").serve(SippScenarios.uasRefuses("486 Busy Here",
                "X-Reason: agent-on-break\n"), "u1", 1)) {
            String twiml = "<Response><Dial action=\"" + app.url("/busy") + "\"><Sip>sip:bob@127.0.0.1:" + phone.port()
                    + "</Sip></Dial></Response>";
            app.enqueue("/busy", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call.creator(new PhoneNumber("+14155550124"), new PhoneNumber("+14155550100"), new Twiml(twiml)).create(main);
            RecordedRequest busy = app.takeRequest(Duration.ofSeconds(15));
            assertThat(phone.await()).as(phone.trace()).isZero();
            assertThat(busy.form().get("DialCallStatus")).contains("busy");
            assertThat(busy.form().get("DialSipResponseCode")).contains("486");
            assertThat(busy.form().get("DialSipHeader_X-Reason")).contains("agent-on-break");
        }
    }

    @Test
    void aPhoneThatOnlyRingsIsCancelledAtTheDialTimeoutAsNoAnswer() throws Exception {
        try (Sipp.Running phone = Sipp.in(run).named("uas-ring").serve(SippScenarios.uasRingsUntilCancelled(), "u1", 1)) {
            String twiml = "<Response><Dial timeout=\"5\" action=\"" + app.url("/noanswer") + "\"><Sip>sip:bob@127.0.0.1:"
                    + phone.port() + "</Sip></Dial></Response>";
            app.enqueue("/noanswer", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call.creator(new PhoneNumber("+14155550125"), new PhoneNumber("+14155550100"), new Twiml(twiml)).create(main);
            assertThat(phone.await()).as(phone.trace()).isZero();
            RecordedRequest r = app.takeRequest(Duration.ofSeconds(15));
            assertThat(r.form().get("DialCallStatus")).contains("no-answer");
            assertThat(r.form().get("DialSipResponseCode")).contains("487");
        }
    }

    @Test
    void sipUsernameAndPasswordAnswerTheFarEndsChallenge() throws Exception {
        try (Sipp.Running phone = Sipp.in(run).named("uas-auth").serve(SippScenarios.uasChallenges("pbxuser", "S3cretPass"), "u1", 1)) {
            String twiml = "<Response><Dial action=\"" + app.url("/auth") + "\"><Sip username=\"pbxuser\" password=\"S3cretPass\">"
                    + "sip:bob@127.0.0.1:" + phone.port() + "</Sip></Dial><Hangup/></Response>";
            app.enqueue("/auth", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call.creator(new PhoneNumber("+14155550126"), new PhoneNumber("+14155550100"), new Twiml(
                    twiml.replace("</Dial>", "</Dial>"))).create(main);
            // the phone waits for our BYE; the parent call hangs up when its TwiML ends, which ends the bridge
            Call parent = Call.reader().setTo(new PhoneNumber("+14155550126")).read(main).iterator().next();
            Call.updater(parent.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(main);
            assertThat(phone.await()).as(phone.trace()).isZero();
        }
    }
}
