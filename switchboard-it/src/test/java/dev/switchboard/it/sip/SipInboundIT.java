package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.base.ResourceSet;
import com.twilio.http.HttpMethod;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.IpAccessControlList;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsCredentialListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsIpAccessControlListMapping;
import com.twilio.rest.api.v2010.account.sip.ipaccesscontrollist.IpAddress;
import dev.switchboard.it.support.Sipp;
import dev.switchboard.it.support.SippScenarios;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phones calling a SIP domain (spec §1.4–1.6), with sipp as the phone over real UDP and TCP: the domain's voice
 * URL runs with Twilio's SIP parameters, every authentication rule answers as Twilio does, and the phone's
 * CANCEL, BYE and retransmissions are handled.
 */
class SipInboundIT extends dev.switchboard.it.support.SipServerPerClass {
    private static final AtomicInteger N = new AtomicInteger();

    @BeforeAll
    static void peer() {
        Sipp.assumePresent();
    }

    private static Domain domain(String path) {
        return Domain.creator("acme" + N.incrementAndGet() + ".sip.localhost")
                .setVoiceUrl(URI.create(app.url(path))).setVoiceMethod(HttpMethod.POST).create(main);
    }

    private static Domain aclDomain(String path, String cidr) {
        Domain d = domain(path);
        IpAccessControlList acl = IpAccessControlList.creator("Office " + N.get()).create(main);
        IpAddress.creator(acl.getSid(), "office", cidr).create(main);
        AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);
        return d;
    }

    private Sipp phone(Domain d, String name) {
        return Sipp.in(run).named(name).key("domain", d.getDomainName()).arg("-s", "+14155551234");
    }

    private static List<Call> callsTo(String to) {
        List<Call> out = new ArrayList<>();
        ResourceSet<Call> all = Call.reader().setTo(to).read(main);
        all.forEach(out::add);
        return out;
    }

    @Test
    void aPhoneInTheAclReachesTheVoiceUrlWithTwiliosSipParametersAndIsHungUpAfterTheTwiml() {
        Domain d = aclDomain("/in-udp", "127.0.0.1");
        app.enqueue("/in-udp", ScriptedResponse.twiml("<Response><Say>Hi</Say><Hangup/></Response>"));
        Sipp.Result r = phone(d, "udp").call(SippScenarios.callAnsweredThenPlatformHangsUp(), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(5));
        var f = voice.form();
        assertThat(f.get("To")).contains("sip:+14155551234@" + d.getDomainName());
        assertThat(f.get("Called")).contains("sip:+14155551234@" + d.getDomainName());
        assertThat(f.get("From")).contains("sip:alice@" + d.getDomainName());
        assertThat(f.get("CallStatus")).contains("ringing");
        assertThat(f.get("Direction")).contains("inbound");
        assertThat(f.get("SipDomain")).contains(d.getDomainName());
        assertThat(f.get("SipDomainSid")).contains(d.getSid());
        assertThat(f.get("SipSourceIp")).contains("127.0.0.1");
        assertThat(f.get("SipCallId")).hasValueSatisfying(id -> assertThat(r.messages()).contains("Call-ID: " + id));
        assertThat(f.get("SipHeader_X-CustomerID")).contains("cust-42");
        assertThat(f.get("SipHeader_X-Route-Id")).contains("r1;k=v");
        assertThat(f.get("SipHeader_User-to-User")).contains("123456789;encoding=hex");
        assertThat(f.get("SipHeader_Subject")).isEmpty();
        assertThat(f.get("SipUsername")).isEmpty();
        assertThat(voice.hasValidSignature(sb.authToken)).isTrue();
        String callSid = f.get("CallSid").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(callSid).fetch(main).getStatus() == Call.Status.COMPLETED);
        Call call = Call.fetcher(callSid).fetch(main);
        assertThat(call.getDirection()).isEqualTo("inbound");
        assertThat(call.getTo()).isEqualTo("sip:+14155551234@" + d.getDomainName());
        assertThat(r.messages()).contains("SIP/2.0 180 Ringing").contains("m=audio");
    }

    @Test
    void theSameCallWorksOverTcp() {
        Domain d = aclDomain("/in-tcp", "127.0.0.0/8");
        app.enqueue("/in-tcp", ScriptedResponse.twiml("<Response><Say>Hi</Say></Response>"));
        Sipp.Result r = phone(d, "tcp").call(SippScenarios.callAnsweredThenPlatformHangsUp(), sb.sipPort(), "t1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(app.takeRequest(Duration.ofSeconds(5)).form().get("SipHeader_X-CustomerID")).contains("cust-42");
    }

    @Test
    void aSourceOutsideEveryAclIsRefused403With32201() {
        Domain d = aclDomain("/never", "192.0.2.0/24");
        Sipp.Result r = phone(d, "acl").call(SippScenarios.callRefused(403, "X-Twilio-Error", "^ ?32201 "), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(app.pollRequest(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void aDomainWithNoListMappedRefusesEveryCall() {
        Domain d = domain("/never");
        Sipp.Result r = phone(d, "nomap").call(SippScenarios.callRefused(403, "X-Twilio-Error", "^ ?32201 "), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
    }

    @Test
    void anUnknownDomainIsAnswered404() {
        Sipp.Result r = Sipp.in(run).named("unknown").key("domain", "nobody.sip.localhost").arg("-s", "bob")
                .call(SippScenarios.callRefused(404, null, null), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
    }

    @Test
    void credentialListsChallengeWith407AndLetTheRightPasswordIn() {
        Domain d = domain("/digest");
        CredentialList cl = CredentialList.creator("Phones " + N.get()).create(main);
        Credential.creator(cl.getSid(), "alice", "CorrectHorse42x").create(main);
        AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        app.enqueue("/digest", ScriptedResponse.twiml("<Response><Say>Hi</Say></Response>"));
        Sipp.Result r = phone(d, "digest").auth("alice", "CorrectHorse42x").call(SippScenarios.callWithDigest(), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.messages()).contains("Proxy-Authenticate: Digest realm=\"sip.localhost\"");
        assertThat(app.takeRequest(Duration.ofSeconds(5)).form().get("SipUsername")).contains("alice");
    }

    @Test
    void aWrongPasswordIsRefused403With32202() {
        Domain d = domain("/never");
        CredentialList cl = CredentialList.creator("Phones " + N.get()).create(main);
        Credential.creator(cl.getSid(), "alice", "CorrectHorse42x").create(main);
        AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        Sipp.Result r = phone(d, "wrongpw").auth("alice", "WrongHorse42x").call(SippScenarios.callWithWrongPassword(), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(app.pollRequest(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void rejectBusyAnswers486AndTheCallIsBusy() {
        Domain d = aclDomain("/busy", "127.0.0.1");
        app.enqueue("/busy", ScriptedResponse.twiml("<Response><Reject reason=\"busy\"/></Response>"));
        Sipp.Result r = phone(d, "busy").call(SippScenarios.callRefused(486, null, null), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        String callSid = app.takeRequest(Duration.ofSeconds(5)).form().get("CallSid").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(callSid).fetch(main).getStatus() == Call.Status.BUSY);
    }

    @Test
    void rejectWithoutReasonAnswers404() {
        Domain d = aclDomain("/reject", "127.0.0.1");
        app.enqueue("/reject", ScriptedResponse.twiml("<Response><Reject/></Response>"));
        Sipp.Result r = phone(d, "reject").call(SippScenarios.callRefused(404, null, null), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
    }

    @Test
    void thePhonesByeEndsTheCallCompleted() {
        Domain d = aclDomain("/long", "127.0.0.1");
        app.enqueue("/long", ScriptedResponse.twiml("<Response><Say>Hello there</Say><Pause length=\"30\"/></Response>"));
        Sipp.Result r = phone(d, "bye").call(SippScenarios.callAnsweredThenPhoneHangsUp(1500), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        String callSid = app.takeRequest(Duration.ofSeconds(5)).form().get("CallSid").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(callSid).fetch(main).getStatus() == Call.Status.COMPLETED);
        assertThat(Integer.parseInt(Call.fetcher(callSid).fetch(main).getDuration())).isBetween(1, 3);
    }

    @Test
    void aCancelWhileTheWebhookIsSlowEndsTheInvite487() {
        Domain d = aclDomain("/slow", "127.0.0.1");
        app.enqueue("/slow", ScriptedResponse.twiml("<Response><Say>Too late</Say></Response>").delayedBy(Duration.ofSeconds(3)));
        Sipp.Result r = phone(d, "cancel").call(SippScenarios.callCancelledWhileRinging(500), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        String callSid = app.takeRequest(Duration.ofSeconds(5)).form().get("CallSid").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Call.Status s = Call.fetcher(callSid).fetch(main).getStatus();
            return s == Call.Status.CANCELED || s == Call.Status.COMPLETED || s == Call.Status.NO_ANSWER;
        });
        assertThat(sb.server().sip().orElseThrow().calls().liveLegs()).isZero();
    }

    @Test
    void rfc4733KeyPressesReachGather() {
        Domain d = aclDomain("/gather", "127.0.0.1");
        app.enqueue("/gather", ScriptedResponse.twiml(
                "<Response><Gather numDigits=\"1\" timeout=\"10\" action=\"/pressed\"><Say>Press one</Say></Gather></Response>"));
        app.enqueue("/pressed", ScriptedResponse.twiml("<Response><Hangup/></Response>"));
        Sipp.Result r = phone(d, "dtmf").call(SippScenarios.callAnsweredPlaysPcapThenPlatformHangsUp(
                "/usr/share/sip-tester/dtmf_2833_1.pcap"), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(app.takeRequest(Duration.ofSeconds(5)).path()).isEqualTo("/gather");
        RecordedRequest pressed = app.takeRequest(Duration.ofSeconds(10));
        assertThat(pressed.path()).isEqualTo("/pressed");
        assertThat(pressed.form().get("Digits")).contains("1");
        assertThat(pressed.form().get("SipHeader_X-CustomerID")).contains("cust-42");
    }

    @Test
    void aReInviteToHoldIsAnsweredRecvonlyAndResumeSendrecv() {
        Domain d = aclDomain("/hold", "127.0.0.1");
        app.enqueue("/hold", ScriptedResponse.twiml("<Response><Say>Please hold</Say><Pause length=\"2\"/></Response>"));
        Sipp.Result r = phone(d, "hold").call(SippScenarios.callAnsweredHoldsAndResumes(), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
    }

    @Test
    void aRetransmittedInviteMakesOneCall() {
        Domain d = aclDomain("/retx", "127.0.0.1");
        app.setDefault("/retx", ScriptedResponse.twiml("<Response><Say>Once</Say></Response>"));
        Sipp.Result r = phone(d, "retx").call(SippScenarios.retransmittedInvite(), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(app.takeRequest(Duration.ofSeconds(5)).path()).isEqualTo("/retx");
        assertThat(app.pollRequest(Duration.ofMillis(500))).isEmpty();
    }
}
