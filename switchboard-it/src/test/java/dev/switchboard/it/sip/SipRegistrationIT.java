package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsCredentialListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtyperegistrations.AuthRegistrationsCredentialListMapping;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.it.support.Baresip;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration (spec §1.7) with a real softphone: Debian's baresip registers to a SIP domain with digest against a
 * credential list mapped under {@code Auth/Registrations}, is rung by {@code <Dial><Sip>sip:alice@domain</Sip>} at
 * the address its REGISTER came from (also after a platform restart), and calls into a domain with digest against
 * an {@code Auth/Calls} list.
 */
class SipRegistrationIT extends dev.switchboard.it.support.SipServerPerClass {
    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "CorrectHorse42x";
    private static final Duration SHORT = Duration.ofSeconds(10);

    @BeforeAll
    static void peer() {
        Baresip.assumePresent();
    }

    /** A domain taking registrations from a list holding alice, and calls from the same list when {@code calls}. */
    private static Domain registrationDomain(TwilioRestClient client, boolean calls, String voicePath) {
        var creator = Domain.creator("reg" + N.incrementAndGet() + ".sip.localhost").setSipRegistration(true);
        if (voicePath != null) creator.setVoiceUrl(URI.create(app.url(voicePath))).setVoiceMethod(HttpMethod.POST);
        Domain d = creator.create(client);
        CredentialList cl = CredentialList.creator("Phones " + N.get()).create(client);
        Credential.creator(cl.getSid(), "alice", PASSWORD).create(client);
        AuthRegistrationsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(client);
        if (calls) AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(client);
        return d;
    }

    private Baresip phone(Domain d, String password, int sipPort) {
        return Baresip.in(run.resolve("baresip-" + N.incrementAndGet())).account("alice", d.getDomainName(), password, sipPort).start();
    }

    private static List<SipRegistration> bindings(RunningSwitchboard s, Domain d) {
        return s.server().database().stores().sip().registrations().bindings(d.getSid(), "alice", Instant.now());
    }

    /** baresip's line for a REGISTER answered 200 ({@code alice@…: {0/UDP/v4} 200 OK (…) [1 binding]}). */
    private static String registered(Domain d) {
        return "alice@" + d.getDomainName().replace(".", "\\.") + ".*200 OK";
    }

    private static String dialTwiml(String action, String aor) {
        return "<Response><Dial action=\"" + app.url(action) + "\"><Sip>" + aor + "</Sip></Dial></Response>";
    }

    @Test
    void baresipRegistersWithDigestAndTheBindingIsStored() {
        Domain d = registrationDomain(main, false, null);
        try (Baresip phone = phone(d, PASSWORD, sb.sipPort())) {
            phone.await(registered(d), SHORT);
            List<SipRegistration> stored = bindings(sb, d);
            assertThat(stored).singleElement().satisfies(r -> {
                assertThat(r.sourceIp()).isEqualTo("127.0.0.1");
                assertThat(r.sourcePort()).isEqualTo(phone.sipPort());
                assertThat(r.transport()).isEqualTo("UDP");
                assertThat(r.userAgent()).contains("baresip");
                assertThat(r.expiresAt()).isAfter(Instant.now().plusSeconds(500)).isBefore(Instant.now().plusSeconds(601));
            });
            // one MD5 challenge: baresip (libre) gives up on a 401 that also offers SHA-256
            assertThat(phone.received("^SIP/2\\.0 401 ")).first().asString().contains("realm=\"sip.localhost\"", "algorithm=MD5")
                    .doesNotContain("SHA-256");
        }
    }

    @Test
    void aWrongPasswordIsNotRegistered() {
        Domain d = registrationDomain(main, false, null);
        try (Baresip phone = phone(d, "WrongHorse42x", sb.sipPort())) {
            // the registrar challenges the wrong answer again; baresip gives up on the second 401
            phone.await("^SIP/2\\.0 401 ", SHORT);
            phone.await("^Authorization: Digest username=\"alice\"", SHORT);
            phone.await("^SIP/2\\.0 401 ", SHORT);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> bindings(sb, d).isEmpty());
            assertThat(phone.log()).doesNotContainPattern(registered(d));
        }
    }

    @Test
    void dialSipToTheAorRingsBaresipWhichAnswersAndTheActionGets200() {
        Domain d = registrationDomain(main, false, null);
        try (Baresip phone = phone(d, PASSWORD, sb.sipPort())) {
            phone.await(registered(d), SHORT);
            app.enqueue("/answered", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call parent = Call.creator(new PhoneNumber("+14155550161"), new PhoneNumber("+14155550100"),
                    new Twiml(dialTwiml("/answered", "sip:alice@" + d.getDomainName()))).create(main);
            phone.await("(?i)call established", SHORT);
            assertThat(phone.received("^INVITE ")).singleElement().asString()
                    .containsPattern("(?m)^From: .*<sip:\\+14155550100@" + d.getDomainName().replace(".", "\\.") + ">")
                    .containsPattern("(?m)^X-Twilio-CallSid: CA[0-9a-f]{32}");
            // while bridged the parent is in progress; the phone hangs up
            assertThat(Call.fetcher(parent.getSid()).fetch(main).getStatus()).isEqualTo(Call.Status.IN_PROGRESS);
            phone.command("/hangup");
            phone.await("^call: terminate call", SHORT);
            RecordedRequest action = app.takeRequest(SHORT);
            assertThat(action.path()).isEqualTo("/answered");
            assertThat(action.form().get("DialCallStatus")).contains("completed");
            assertThat(action.form().get("DialSipResponseCode")).contains("200");
            await().atMost(SHORT).until(() -> Call.fetcher(parent.getSid()).fetch(main).getStatus() == Call.Status.COMPLETED);
        }
    }

    @Test
    void aRestHangupOfTheParentEndsTheCallOnBaresip() {
        Domain d = registrationDomain(main, false, null);
        try (Baresip phone = phone(d, PASSWORD, sb.sipPort())) {
            phone.await(registered(d), SHORT);
            Call parent = Call.creator(new PhoneNumber("+14155550162"), new PhoneNumber("+14155550100"),
                    new Twiml(dialTwiml("/hungup", "sip:alice@" + d.getDomainName()))).create(main);
            phone.await("(?i)call established", SHORT);
            Call.updater(parent.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(main);
            phone.await("(?i)closed", SHORT);
            assertThat(phone.received("^BYE ")).hasSize(1);
            await().atMost(SHORT).until(() -> Call.fetcher(parent.getSid()).fetch(main).getStatus() == Call.Status.COMPLETED);
        }
    }

    @Test
    void registrationsSurviveARestartAndThePhoneIsRungAgain(@TempDir Path data) {
        RunningSwitchboard first = new RunningSwitchboard(data).sip().start();
        Domain d;
        Baresip phone = null;
        int firstPort = first.sipPort();
        try {
            d = registrationDomain(first.client(), false, null);
            phone = phone(d, PASSWORD, first.sipPort());
            phone.await(registered(d), SHORT);
            assertThat(bindings(first, d)).hasSize(1);
        } catch (RuntimeException | AssertionError e) {
            if (phone != null) phone.close();
            throw e;
        } finally {
            first.close();
        }
        try (Baresip registered = phone;
                RunningSwitchboard second = new RunningSwitchboard(data, first.accountSid, first.authToken).sip().start()) {
            assertThat(second.sipPort()).isNotEqualTo(firstPort);
            assertThat(bindings(second, d)).singleElement()
                    .satisfies(r -> assertThat(r.sourcePort()).isEqualTo(registered.sipPort()));
            app.enqueue("/again", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
            Call.creator(new PhoneNumber("+14155550163"), new PhoneNumber("+14155550100"),
                    new Twiml(dialTwiml("/again", "sip:alice@" + d.getDomainName()))).create(second.client());
            registered.await("(?i)call established", SHORT);
            registered.command("/hangup");
            RecordedRequest action = app.takeRequest(SHORT);
            assertThat(action.form().get("DialCallStatus")).contains("completed");
            assertThat(action.form().get("DialSipResponseCode")).contains("200");
        }
    }

    @Test
    void baresipCallsIntoTheDomainWithDigestAndTheVoiceUrlSeesItsUsername() {
        Domain d = registrationDomain(main, true, "/voice");
        app.enqueue("/voice", ScriptedResponse.twiml("<Response><Say>Hi</Say><Hangup/></Response>"));
        try (Baresip phone = Baresip.in(run.resolve("caller")).account("alice", d.getDomainName(), PASSWORD, sb.sipPort())
                .withoutRegistration().start()) {
            phone.await("baresip is ready", SHORT);
            phone.command("/dial sip:+14155551234@" + d.getDomainName());
            RecordedRequest voice = app.takeRequest(SHORT);
            var f = voice.form();
            assertThat(f.get("SipUsername")).contains("alice");
            assertThat(f.get("SipDomain")).contains(d.getDomainName());
            assertThat(f.get("To")).contains("sip:+14155551234@" + d.getDomainName());
            assertThat(f.get("From")).contains("sip:alice@" + d.getDomainName());
            phone.await("(?i)call established", SHORT);
            phone.await("(?i)closed", SHORT);
            assertThat(phone.received("^SIP/2\\.0 407 ")).isNotEmpty();
            assertThat(phone.received("^BYE ")).hasSize(1);
        }
    }

    @Test
    void anAorNobodyRegisteredIsNoAnswerWith480() {
        Domain d = registrationDomain(main, false, null);
        app.enqueue("/nobody", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
        Call.creator(new PhoneNumber("+14155550164"), new PhoneNumber("+14155550100"),
                new Twiml(dialTwiml("/nobody", "sip:bob@" + d.getDomainName()))).create(main);
        RecordedRequest action = app.takeRequest(SHORT);
        assertThat(action.form().get("DialCallStatus")).contains("no-answer");
        assertThat(action.form().get("DialSipResponseCode")).contains("480");
    }
}
