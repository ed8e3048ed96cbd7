package dev.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.sip.ipaccesscontrollist.IpAddress;
import com.twilio.rest.trunking.v1.Trunk;
import com.twilio.rest.trunking.v1.trunk.IpAccessControlList;
import com.twilio.rest.trunking.v1.trunk.OriginationUrl;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.it.support.Sipp;
import dev.switchboard.it.support.SippScenarios;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elastic SIP Trunking with sipp as the PBX: origination (a call to a trunk's number goes to its origination URLs
 * in priority order, failing over, with the URL's X- headers) and termination (the PBX calls
 * {@code <name>.pstn.localhost}, authorised by the trunk's IP ACL, and reaches the PSTN).
 */
class SipTrunksIT extends dev.switchboard.it.support.SipServerPerClass {

    @BeforeAll
    static void peer() {
        Sipp.assumePresent();
    }

    private static int closedTcpPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aCallToATrunksNumberGoesToItsOriginationUrlsFailingOverToTheNextPriority() throws Exception {
        try (Sipp.Running pbx = Sipp.in(run).named("pbx").serve(SippScenarios.uasAnswersThenWaitsForBye(
                "X-customParameter", "abc"), "u1", 1)) {
            Trunk trunk = Trunk.creator().setFriendlyName("office").create(main);
            OriginationUrl.creator(trunk.getSid(), 10, 10, true, "dead",
                    URI.create("sip:127.0.0.1:" + closedTcpPort() + ";transport=tcp")).create(main);
            OriginationUrl.creator(trunk.getSid(), 10, 20, true, "pbx",
                    URI.create("sip:127.0.0.1:" + pbx.port() + "?X-customParameter=abc")).create(main);
            OriginationUrl.creator(trunk.getSid(), 10, 5, false, "disabled", URI.create("sip:192.0.2.1")).create(main);
            IncomingPhoneNumber.creator(new PhoneNumber("+14155550199")).setTrunkSid(trunk.getSid()).create(main);
            Call call = Call.creator(new PhoneNumber("+14155550199"), new PhoneNumber("+14155550100"),
                    new Twiml("<Response><Say>Hi</Say><Hangup/></Response>")).create(main);
            assertThat(pbx.await()).as(pbx.trace()).isZero();
            assertThat(pbx.trace()).contains("INVITE sip:+14155550199@127.0.0.1:" + pbx.port());
            await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(call.getSid()).fetch(main).getStatus() == Call.Status.COMPLETED);
        }
    }

    @Test
    void aPbxCallsThePstnThroughTheTrunksTerminationDomain() {
        Trunk trunk = Trunk.creator().setFriendlyName("pbx").setDomainName("pbx1.pstn.localhost").create(main);
        var acl = com.twilio.rest.api.v2010.account.sip.IpAccessControlList.creator("pbx").create(main);
        IpAddress.creator(acl.getSid(), "lo", "127.0.0.1").create(main);
        IpAccessControlList.creator(trunk.getSid(), acl.getSid()).create(main);
        Sipp.Result r = Sipp.in(run).named("termination").key("domain", "pbx1.pstn.localhost").arg("-s", "+14155550188")
                .call(SippScenarios.callAnsweredThenPhoneHangsUp(1000), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> StreamSupport.stream(
                Call.reader().setTo(new PhoneNumber("+14155550188")).read(main).spliterator(), false)
                .anyMatch(c -> "outbound-dial".equals(c.getDirection()) && c.getStatus() == Call.Status.COMPLETED));
        assertThat(StreamSupport.stream(Call.reader().read(main).spliterator(), false)
                .anyMatch(c -> "trunking-terminating".equals(c.getDirection()))).isTrue();
    }

    @Test
    void aTerminationDomainRefusesASourceOutsideTheTrunksAcl() {
        Trunk trunk = Trunk.creator().setFriendlyName("locked").setDomainName("locked.pstn.localhost").create(main);
        var acl = com.twilio.rest.api.v2010.account.sip.IpAccessControlList.creator("elsewhere").create(main);
        IpAddress.creator(acl.getSid(), "far", "192.0.2.7").create(main);
        IpAccessControlList.creator(trunk.getSid(), acl.getSid()).create(main);
        Sipp.Result r = Sipp.in(run).named("locked").key("domain", "locked.pstn.localhost").arg("-s", "+14155550189")
                .call(SippScenarios.callRefused(403, "X-Twilio-Error", "^ ?32201 "), sb.sipPort(), "u1");
        assertThat(r.exit()).as(r.describe()).isZero();
    }

    /** A second platform with a carrier gateway: sipp is the carrier both ways. */
    @Test
    void withAPstnGatewayUnownedNumbersAreCalledThereAndItsInvitesReachOwnedNumbers(@TempDir Path other) throws Exception {
        try (Sipp.Running carrier = Sipp.in(run).named("carrier").serve(SippScenarios.uasAnswersThenWaitsForBye(), "u1", 1);
             RunningSwitchboard withGateway = new RunningSwitchboard(other).sip()
                     .pstnGateway("sip:127.0.0.1:" + carrier.port()).start()) {
            TwilioRestClient client = withGateway.client();
            Call out = Call.creator(new PhoneNumber("+14155550111"), new PhoneNumber("+14155550100"),
                    new Twiml("<Response><Say>Hi</Say><Hangup/></Response>")).create(client);
            assertThat(carrier.await()).as(carrier.trace()).isZero();
            assertThat(carrier.trace()).contains("INVITE sip:+14155550111@127.0.0.1:" + carrier.port());
            await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(out.getSid()).fetch(client).getStatus() == Call.Status.COMPLETED);

            IncomingPhoneNumber.creator(new PhoneNumber("+14155550177")).setVoiceUrl(URI.create(app.url("/pstn-in"))).create(client);
            app.enqueue("/pstn-in", ScriptedResponse.twiml("<Response><Say>Hello</Say><Hangup/></Response>"));
            Sipp.Result in = Sipp.in(run).named("carrier-in").key("domain", "127.0.0.1").arg("-s", "14155550177")
                    .call(SippScenarios.callAnsweredThenPlatformHangsUp(), withGateway.sipPort(), "u1");
            assertThat(in.exit()).as(in.describe()).isZero();
            RecordedRequest voice = app.takeRequest(Duration.ofSeconds(5));
            assertThat(voice.form().get("To")).contains("+14155550177");
            assertThat(voice.form().get("CallStatus")).contains("ringing");
            assertThat(voice.form().get("SipDomain")).isEmpty();
        }
    }
}
