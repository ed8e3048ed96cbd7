package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code <Dial><Application>} between two accounts, with parameters both ways. */
class ApplicationConnectIT extends CallFixture {
    ScriptedWebhookServer agentApp;
    Account agents;
    TwilioRestClient agentsClient;

    @BeforeEach
    void secondAccount() {
        agentApp = ScriptedWebhookServer.start();
        agents = Account.creator().setFriendlyName("agents").create(client);
        agentsClient = sb.client(agents.getSid(), agents.getAuthToken(), agents.getSid());
    }

    @AfterEach
    void closeAgentApp() { agentApp.close(); }

    private Application agentRouter(boolean publicConnect) {
        return Application.creator().setFriendlyName("router").setVoiceUrl(URI.create(agentApp.url("/route")))
                .setPublicApplicationConnectEnabled(publicConnect).create(agentsClient);
    }

    private Call ivrDials(String applicationSid, String params) {
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Application><ApplicationSid>" + applicationSid
                + "</ApplicationSid>" + params + "</Application></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Say>back in the IVR</Say></Response>");
        return Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
    }

    @Test
    void parametersTravelToTheOtherAccountsAppAndBack() {
        Application router = agentRouter(true);
        agentApp.enqueueTwiml("/route", "<Response><Say>routing</Say><Hangup><Parameter name=\"agent\" value=\"bob &amp; co\"/>"
                + "<Parameter name=\"queue\" value=\"élite\"/></Hangup></Response>");
        Call ivr = ivrDials(router.getSid(), "<Parameter name=\"customerId\" value=\"c&lt;42&gt;\"/><Parameter name=\"product\" value=\"87144192\"/>");
        app.takeRequest(Duration.ofSeconds(10));

        RecordedRequest route = agentApp.takeRequest(Duration.ofSeconds(10));
        assertThat(route.form().get("Param_customerId")).contains("c<42>");
        assertThat(route.form().get("Param_product")).contains("87144192");
        assertThat(route.form().get("CustomerId")).contains(sb.accountSid);
        assertThat(route.form().get("From")).contains("+15005550700");
        assertThat(route.form().get("To")).contains(router.getSid());
        assertThat(route.form().get("ApplicationSid")).contains(router.getSid());
        assertThat(route.form().get("AccountSid")).contains(agents.getSid());
        assertThat(route.form().get("ParentCallSid")).contains(ivr.getSid());
        assertThat(route.form().get("Direction")).contains("outbound-dial");
        assertThat(signedWith(route, agents.getAuthToken())).isTrue();
        assertThat(signedWith(route, sb.authToken)).isFalse();

        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.path()).isEqualTo("/after");
        assertThat(after.form().get("ReturnParam_agent")).contains("bob & co");
        assertThat(after.form().get("ReturnParam_queue")).contains("élite");
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialBridged")).contains("true");
        String legSid = after.form().get("DialCallSid").orElseThrow();
        assertThat(after.form().get("DialCallDuration")).isPresent();

        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
        assertThat(said(ivr.getSid())).containsExactly("back in the IVR");
        Call leg = Call.fetcher(legSid).fetch(agentsClient);
        assertThat(leg.getParentCallSid()).isEqualTo(ivr.getSid());
        assertThat(leg.getPrice()).isEqualTo("-0.00250");
        assertThat(leg.getPriceUnit().getCurrencyCode()).isEqualTo("USD");
        assertThat(Call.fetcher(ivr.getSid()).fetch(client).getPrice()).isNull();
    }

    @Test
    void anotherAccountsAppWithoutPublicConnectIsRefusedLikeAnUnknownOne() {
        Application closed = agentRouter(false);
        Call ivr = ivrDials(closed.getSid(), "");
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("failed");
        assertThat(after.form().contains("DialCallSid")).isFalse();
        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
        assertThat(agentApp.pendingRequests()).isZero();

        Call unknown = ivrDials("AP" + "f".repeat(32), "");
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest afterUnknown = app.takeRequest(Duration.ofSeconds(10));
        assertThat(afterUnknown.form().get("DialCallStatus")).contains("failed");
        awaitStatus(unknown.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void aRejectWithParametersReturnsThemWithTheStatusItImplies() {
        Application router = agentRouter(true);
        agentApp.enqueueTwiml("/route", "<Response><Reject reason=\"busy\"><Parameter name=\"why\" value=\"closed\"/></Reject></Response>");
        Call ivr = ivrDials(router.getSid(), "");
        app.takeRequest(Duration.ofSeconds(10));
        agentApp.takeRequest(Duration.ofSeconds(10));
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("busy");
        assertThat(after.form().get("ReturnParam_why")).contains("closed");
        assertThat(after.form().get("DialBridged")).contains("false");
        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void theSameAccountNeedsNoPublicConnect() {
        Application own = Application.creator().setVoiceUrl(URI.create(agentApp.url("/route"))).create(client);
        agentApp.enqueueTwiml("/route", "<Response><Hangup/></Response>");
        Call ivr = ivrDials(own.getSid(), "");
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest route = agentApp.takeRequest(Duration.ofSeconds(10));
        assertThat(route.form().get("AccountSid")).contains(sb.accountSid);
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("DialCallStatus")).contains("completed");
        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void badParametersAndSidsGetTheirDocumentedCodes() {
        Application router = agentRouter(true);
        agentApp.setDefault("/route", dev.switchboard.testing.webhook.ScriptedResponse.twiml("<Response><Hangup/></Response>"));

        // duplicate names: the last value is delivered, with a 12200 warning; over 800 bytes: delivered in full, 13253
        String big = "é".repeat(450);
        Call dup = ivrDials(router.getSid(), "<Parameter name=\"x\" value=\"1\"/><Parameter name=\"x\" value=\"2\"/>"
                + "<Parameter name=\"big\" value=\"" + big + "\"/>");
        app.takeRequest(Duration.ofSeconds(10));
        RecordedRequest route = agentApp.takeRequest(Duration.ofSeconds(10));
        assertThat(route.form().all("Param_x")).containsExactly("2");
        assertThat(route.form().get("Param_big")).contains(big);
        app.takeRequest(Duration.ofSeconds(10));
        awaitStatus(dup.getSid(), Call.Status.COMPLETED);
        assertThat(notificationCodes(dup.getSid())).contains("12200", "13253");

        // a value over the hard limit is refused, never truncated
        Call tooBig = ivrDials(router.getSid(), "<Parameter name=\"huge\" value=\"" + "v".repeat(5000) + "\"/>");
        app.takeRequest(Duration.ofSeconds(10));
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("DialCallStatus")).contains("failed");
        awaitStatus(tooBig.getSid(), Call.Status.COMPLETED);
        assertThat(notificationCodes(tooBig.getSid())).contains("31103");

        // malformed and unknown ApplicationSids
        Call malformed = ivrDials("AP123", "");
        app.takeRequest(Duration.ofSeconds(10));
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("DialCallStatus")).contains("failed");
        awaitStatus(malformed.getSid(), Call.Status.COMPLETED);
        assertThat(notificationCodes(malformed.getSid())).contains("21218");
        Call unknown = ivrDials("AP" + "e".repeat(32), "");
        app.takeRequest(Duration.ofSeconds(10));
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("DialCallStatus")).contains("failed");
        awaitStatus(unknown.getSid(), Call.Status.COMPLETED);
        assertThat(notificationCodes(unknown.getSid())).contains("31001");
    }

    @Test
    void aSecondNounBesideAnApplicationIsRefusedWithAWarning() {
        Application router = agentRouter(true);
        agentApp.enqueueTwiml("/route", "<Response><Hangup/></Response>");
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Application><ApplicationSid>" + router.getSid()
                + "</ApplicationSid></Application><Number>+15005550799</Number></Dial></Response>");
        app.enqueueTwiml("/after", "<Response/>");
        Call ivr = Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
        app.takeRequest(Duration.ofSeconds(10));
        agentApp.takeRequest(Duration.ofSeconds(10));
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("DialCallStatus")).contains("completed");
        awaitStatus(ivr.getSid(), Call.Status.COMPLETED);
        assertThat(notificationCodes(ivr.getSid())).contains("13215");
    }

    static java.util.List<String> notificationCodes(String callSid) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        com.twilio.rest.api.v2010.account.call.Notification.reader(callSid).read(client).forEach(n -> codes.add(n.getErrorCode()));
        return codes;
    }

    static boolean signedWith(RecordedRequest r, String token) {
        Map<String, String> params = new HashMap<>();
        for (FormParam p : r.form().entries()) params.put(p.name(), p.value());
        return new RequestValidator(token).validate(r.url(), params, r.signature().orElseThrow());
    }
}
